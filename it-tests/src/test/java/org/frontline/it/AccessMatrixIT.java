package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint the server documents, called as nobody and as each role, gets what {@code access-matrix.txt}
 * says: 401 for nobody, 403 for a role not admitted, anything else for a role admitted. Calls that would change
 * something are made harmless: ids that do not exist, and bodies that are not JSON.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {
    /** What each role holds, with the roles below it on its ladder. */
    private static final Map<String, Set<String>> GRANTS = Map.of(
            "AGENT", Set.of("AGENT"),
            "QA_ANALYST", Set.of("QA_ANALYST"),
            "TEAM_LEAD", Set.of("TEAM_LEAD", "AGENT"),
            "SUPERVISOR", Set.of("SUPERVISOR", "TEAM_LEAD", "AGENT"),
            "ADMIN", Set.of("ADMIN", "SUPERVISOR", "TEAM_LEAD", "AGENT", "QA_ANALYST"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    /** One line of the matrix, with whether the endpoint takes a request body. */
    private record Endpoint(String method, String path, Set<String> admitted, boolean takesBody) {
        String key() {
            return method + " " + path;
        }

        /**
         * Whether calling it as an admitted role answers at once and changes nothing: it reads (but not a live stream,
         * which stays open), or names a missing id, or its body is broken.
         */
        boolean quickAndHarmless() {
            return !path.endsWith("/events") && (method.equals("GET") || path.contains("{") || takesBody);
        }
    }

    @Test
    void everyEndpointAnswersNobodyAndEachRoleAsTheMatrixSays() {
        Map<String, Set<String>> matrix = matrix();
        Map<String, Boolean> documented = documentedEndpoints();
        assertThat(documented.keySet())
                .as("the endpoints the server documents are the endpoints in access-matrix.txt")
                .containsExactlyInAnyOrderElementsOf(matrix.keySet());

        Map<String, HttpApi> callers = new LinkedHashMap<>();
        callers.put("nobody", HttpApi.anonymous(base));
        for (String role : ItUsers.ROLES) {
            callers.put(role, ItUsers.api(base, role));
        }
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Set<String>> line : matrix.entrySet()) {
            String[] methodAndPath = line.getKey().split(" ", 2);
            Endpoint endpoint =
                    new Endpoint(methodAndPath[0], methodAndPath[1], line.getValue(), documented.get(line.getKey()));
            for (Map.Entry<String, HttpApi> caller : callers.entrySet()) {
                Integer refusal = expectedRefusal(endpoint, caller.getKey());
                if (refusal == null && !endpoint.quickAndHarmless()) {
                    continue;
                }
                HttpApi.Reply reply = call(caller.getValue(), endpoint);
                calls++;
                boolean right =
                        refusal == null ? reply.status() != 401 && reply.status() != 403 : reply.status() == refusal;
                if (!right) {
                    wrong.add(endpoint.key() + " as " + caller.getKey() + ": expected "
                            + (refusal == null ? "admission" : refusal) + ", got " + reply.status() + " "
                            + reply.body());
                }
            }
        }
        assertThat(calls).isGreaterThan(matrix.size() * 4);
        assertThat(wrong).isEmpty();
    }

    /** 401 for nobody, 403 for a role the endpoint does not admit, null when the caller is admitted. */
    private static Integer expectedRefusal(Endpoint endpoint, String caller) {
        if (endpoint.admitted().isEmpty()) {
            return null;
        }
        if (caller.equals("nobody")) {
            return 401;
        }
        return GRANTS.get(caller).stream().anyMatch(endpoint.admitted()::contains) ? null : 403;
    }

    private static HttpApi.Reply call(HttpApi api, Endpoint endpoint) {
        String relative = DocumentedApi.fill(endpoint.path(), name -> switch (name) {
            case "name" -> "no-such-name";
            case "kind" -> "REVIEW";
            default -> "987654321";
        });
        String brokenJson = "{\"broken\": ";
        return switch (endpoint.method()) {
            case "GET" -> api.get(relative);
            case "DELETE" -> api.delete(relative);
            case "PUT" -> api.put(relative, brokenJson);
            case "POST" -> endpoint.takesBody() ? api.post(relative, brokenJson) : api.post(relative);
            default -> throw new IllegalStateException("no call for " + endpoint.method());
        };
    }

    /** "METHOD /api/path" of every documented operation, and whether it takes a request body. */
    private Map<String, Boolean> documentedEndpoints() {
        Map<String, Boolean> endpoints = new TreeMap<>();
        DocumentedApi.of(base).operations().forEach(o -> endpoints.put(o.key(), o.takesBody()));
        return endpoints;
    }

    /** The matrix file: "METHOD /api/path  ROLE ROLE…", or "*" for anyone. */
    private static Map<String, Set<String>> matrix() {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/access-matrix.txt")) {
            Map<String, Set<String>> matrix = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                Set<String> roles = fields[2].equals("*")
                        ? Set.of()
                        : Set.of(java.util.Arrays.copyOfRange(fields, 2, fields.length));
                assertThat(matrix.put(fields[0] + " " + fields[1], roles))
                        .as("listed twice: " + line)
                        .isNull();
            }
            return matrix;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
