package org.frontline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small JSON-over-HTTP client for the tests: relative paths ("api/customers") go to the application, absolute ones
 * ("/health/ready") to the server. It calls as the test servers' administrator unless made for another caller; a
 * logged-in caller sends a bearer API token, made once per user and server.
 */
final class HttpApi {
    /** What the integration-test servers' FRONTLINE_ADMIN_PASSWORD is set to (it-tests/pom.xml). */
    static final String ADMIN_PASSWORD = "frontline-it-secret";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final URI root;
    private final Optional<String> authorization;

    /** As the administrator. @param deployment the URL Arquillian reports for the deployed application */
    HttpApi(URL deployment) {
        this(rootOf(deployment), Optional.of(bearer(rootOf(deployment), "admin", ADMIN_PASSWORD)));
    }

    private HttpApi(URI root, Optional<String> authorization) {
        this.root = root;
        this.authorization = authorization;
    }

    /** Nobody logged in. */
    static HttpApi anonymous(URL deployment) {
        return new HttpApi(rootOf(deployment), Optional.empty());
    }

    /** As {@code username}, by a bearer token made with their password. */
    static HttpApi as(URL deployment, String username, String password) {
        return new HttpApi(rootOf(deployment), Optional.of(bearer(rootOf(deployment), username, password)));
    }

    /** As {@code username} by HTTP Basic on every request (slow: the password is hashed each time). */
    static HttpApi basic(URL deployment, String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HttpApi(rootOf(deployment), Optional.of("Basic " + credentials));
    }

    private static URI rootOf(URL deployment) {
        String base = deployment.toString();
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    private static String bearer(URI root, String username, String password) {
        return TOKENS.computeIfAbsent(root + " " + username, key -> {
            String credentials =
                    Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            Reply reply = new HttpApi(root, Optional.of("Basic " + credentials))
                    .post("api/me/tokens", "{\"name\": \"integration tests\", \"days\": 1}");
            if (reply.status() != 201) {
                throw new IllegalStateException("cannot log in as " + username + ": " + reply);
            }
            return "Bearer " + reply.json().getString("token");
        });
    }

    /** One answer: status, content type and body, with the body parsed as a JSON object on demand. */
    record Reply(int status, String contentType, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The id of what a POST created, checking that it did (201). */
        long createdId() {
            if (status != 201) {
                throw new AssertionError("expected 201 Created, got " + status + ": " + body);
            }
            return json().getJsonNumber("id").longValue();
        }

        List<JsonObject> jsonList() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray().getValuesAs(JsonObject.class);
            }
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(root.resolve(path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path) {
        return send(HttpRequest.newBuilder(root.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(root.resolve(path)).DELETE());
    }

    /**
     * Any method with these bytes as a JSON body, taken as they are (they need not be UTF-8 or JSON); with
     * {@code declareLength} false the body is streamed in chunks without saying its length.
     */
    Reply raw(String method, String path, byte[] body, boolean declareLength) {
        HttpRequest.BodyPublisher publisher = declareLength
                ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
        return send(HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, publisher));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            authorization.ifPresent(value -> request.header("Authorization", value));
            HttpResponse<String> response =
                    CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
