package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST API as the server documents it in its OpenAPI document: every operation, its query parameters and body. */
final class DocumentedApi {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /** One operation: "METHOD /api/path", its query parameters, and the schema of its JSON body if it takes one. */
    record Operation(String method, String path, List<String> queryParameters, Optional<JsonObject> bodySchema) {
        String key() {
            return method + " " + path;
        }

        boolean takesBody() {
            return bodySchema.isPresent();
        }
    }

    /** A path parameter, "{id}", or "{id: [0-9]+}" as JAX-RS writes one with its pattern. */
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    private final JsonObject document;

    private DocumentedApi(JsonObject document) {
        this.document = document;
    }

    /** The document of the server the application at {@code base} runs on. */
    static DocumentedApi of(URL base) {
        HttpApi.Reply reply = HttpApi.anonymous(base).get("/openapi?format=JSON");
        assertThat(reply.status()).isEqualTo(200);
        return new DocumentedApi(reply.json());
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            String full = path.startsWith("/api/") ? path : "/api" + path;
            for (var entry : paths.getJsonObject(path).entrySet()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (METHODS.contains(method)) {
                    JsonObject operation = entry.getValue().asJsonObject();
                    operations.add(new Operation(method, full, queryParameters(operation), bodySchema(operation)));
                }
            }
        }
        return operations;
    }

    /** Whether a path has parameters. */
    static boolean hasParameters(String path) {
        return PARAMETER.matcher(path).find();
    }

    /** The path, relative to the application ("api/…"), with each parameter replaced by {@code value(name)}. */
    static String fill(String path, Function<String, String> value) {
        return PARAMETER
                .matcher(path)
                .replaceAll(p -> Matcher.quoteReplacement(value.apply(p.group(1))))
                .substring(1);
    }

    /** The schema itself, following a "$ref" to the document's components. */
    JsonObject resolve(JsonObject schema) {
        if (!schema.containsKey("$ref")) {
            return schema;
        }
        String name = schema.getString("$ref").substring("#/components/schemas/".length());
        return resolve(
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name));
    }

    private static List<String> queryParameters(JsonObject operation) {
        if (!operation.containsKey("parameters")) {
            return List.of();
        }
        return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("in", "").equals("query"))
                .map(p -> p.getString("name"))
                .toList();
    }

    private static Optional<JsonObject> bodySchema(JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return Optional.empty();
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        return content.values().stream()
                .map(JsonValue::asJsonObject)
                .map(media -> media.getJsonObject("schema"))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .or(() -> Optional.of(JsonValue.EMPTY_JSON_OBJECT));
    }
}
