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
import java.time.Duration;
import java.util.List;

/**
 * A small JSON-over-HTTP client for the tests: relative paths ("api/customers") go to the application, absolute ones
 * ("/health/ready") to the server.
 */
final class HttpApi {
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI root;

    /** @param deployment the URL Arquillian reports for the deployed application */
    HttpApi(URL deployment) {
        String base = deployment.toString();
        this.root = URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** One answer: status, content type and body, with the body parsed as a JSON object on demand. */
    record Reply(int status, String contentType, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
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

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(root.resolve(path)).DELETE());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
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
