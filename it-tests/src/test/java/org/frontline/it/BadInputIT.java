package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests across every documented endpoint, as the administrator (whom no role check stops): hostile path
 * ids, hostile query values, broken, wrongly typed, deeply nested, oversized and non-UTF-8 bodies. Every answer must be
 * a client error or a success, never a 5xx, and show no internals; and nothing may be written.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
    /** What a response must never show: stack traces, class names, SQL or container messages. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |\\bat (org|java|jdk|com)\\.|java\\.lang|org\\.hibernate|jakarta\\.|SQLState|SRVE\\d|CWW\\w+\\d");

    /**
     * Path segments standing for an id or a name. A NUL ({@code %00}) is left out: Liberty refuses it before any
     * application sees the request (400 with its own one-line message), so no error page of ours can answer it.
     */
    private static final List<String> HOSTILE_IDS = List.of(
            "-1",
            "0",
            "99999999999999999999",
            "abc",
            "1.5",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "1%27%20OR%20%271%27%3D%271",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%FF%FE",
            "%C3%28",
            "9223372036854775808",
            "-0",
            "1e3",
            "null",
            "%20",
            "%2F");

    private static final List<String> HOSTILE_VALUES = List.of(
            "-1",
            "1e400",
            "99999999999999999999",
            "2026-13-45",
            "2026-02-30T25:61:00Z",
            "1%27%20OR%20%271%27%3D%271",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%FF%FE",
            "..%2F..%2Fetc%2Fpasswd",
            "x".repeat(5000),
            "",
            "NaN",
            "%00",
            "%C3%28",
            "9223372036854775808",
            "-9223372036854775809",
            "true",
            "%5B%5D",
            "%7B%7D",
            "*",
            "1,2");
    private static final List<String> BROKEN_BODIES = List.of(
            "{\"broken\": ",
            "{",
            "}",
            "{\"a\" 1}",
            "[1, 2",
            "\"unterminated",
            "nul",
            "{'single': 'quotes'}",
            "{\"a\": 1,}",
            "%5B%5D",
            "\"text\"",
            "123",
            "true",
            "null",
            "{\"a\": 1} trailing",
            "{\"a\": 01}",
            "{\"a\": .5}",
            "{\"a\": \"\\u00\"}",
            "{\"name\": \"a\\u0000b\"}",
            "[".repeat(100_000) + "]".repeat(100_000),
            "{\"a\": ".repeat(20_000) + "1" + "}".repeat(20_000));
    private static final int HUGE = 3 * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void tenThousandMalformedRequestsGetClientErrorsShowNoInternalsAndWriteNothing() {
        HttpApi api = new HttpApi(base);
        DocumentedApi documented = DocumentedApi.of(base);
        Map<String, Long> before = holdings(api);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (DocumentedApi.Operation operation : documented.operations()) {
            if (operation.path().endsWith("/events")) {
                continue;
            }
            for (Probe probe : probes(operation, documented)) {
                HttpApi.Reply reply = api.raw(operation.method(), probe.path(), probe.body(), probe.declareLength());
                sent++;
                if (reply.status() >= 500 || INTERNALS.matcher(reply.body()).find()) {
                    wrong.add(operation.key() + " " + probe.what() + " -> " + reply.status() + " "
                            + abbreviated(reply.body()));
                }
            }
        }

        assertThat(sent).isGreaterThanOrEqualTo(10_000);
        assertThat(wrong).as(wrong.size() + " of " + sent + " answers").isEmpty();
        assertThat(holdings(api)).as("nothing written").isEqualTo(before);
    }

    @Test
    void aBodyNotInUtf8IsRefusedNotRepairedAndAnOversizedOneIsRefusedBeforeItIsRead() {
        HttpApi api = new HttpApi(base);
        byte[] latin1 = "{\"name\": \"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] huge = ("{\"name\": \"" + "a".repeat(HUGE) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpApi.Reply notUtf8 = api.raw("POST", "api/customers", latin1, true);
        HttpApi.Reply declared = api.raw("POST", "api/customers", huge, true);
        HttpApi.Reply streamed = api.raw("POST", "api/customers", huge, false);

        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.json().getString("detail")).contains("not valid UTF-8");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(streamed.status())
                .as("413 when the server learns the length first, else 400 once the limit is read past")
                .isIn(400, 413);
        assertThat(streamed.json().getString("detail")).contains("2097152");
    }

    /** One malformed request: where it goes, its body, and what is wrong with it. */
    private record Probe(String what, String path, byte[] body, boolean declareLength) {
        static Probe of(String what, String path, String body) {
            return new Probe(what, path, body.getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /**
     * The malformed requests for one operation. Only reads, or changes aimed at a hostile (missing) id, or changes
     * with a broken body are sent: a change with a good body to an existing address could succeed.
     */
    private static List<Probe> probes(DocumentedApi.Operation operation, DocumentedApi documented) {
        List<Probe> probes = new ArrayList<>();
        boolean reads = operation.method().equals("GET");
        boolean hasParameters = DocumentedApi.hasParameters(operation.path());
        String plain = DocumentedApi.fill(operation.path(), name -> "987654321");
        if (reads || hasParameters) {
            for (String id : HOSTILE_IDS) {
                probes.add(Probe.of(
                        "id " + id,
                        DocumentedApi.fill(operation.path(), name -> id),
                        operation.takesBody() ? "{" : ""));
            }
        }
        if (reads) {
            for (String parameter : operation.queryParameters()) {
                for (String value : HOSTILE_VALUES) {
                    probes.add(
                            Probe.of(parameter + "=" + abbreviated(value), plain + "?" + parameter + "=" + value, ""));
                }
            }
        }
        if (operation.takesBody()) {
            for (String body : BROKEN_BODIES) {
                probes.add(Probe.of("body " + abbreviated(body), plain, body));
            }
            probes.add(new Probe(
                    "body not UTF-8",
                    plain,
                    new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                    true));
            byte[] huge = ("{\"name\": \"" + "a".repeat(HUGE) + "\"}").getBytes(StandardCharsets.UTF_8);
            probes.add(new Probe("body of 3 MiB", plain, huge, true));
            probes.add(new Probe("body of 3 MiB, length not said", plain, huge, false));
            wronglyTyped(documented.resolve(operation.bodySchema().orElseThrow()), documented)
                    .forEach((what, body) -> probes.add(Probe.of(what, plain, body)));
        }
        return probes;
    }

    /**
     * For each property of the body's schema, a body with only that property, of a type it cannot take. Strings get
     * objects and arrays only: a number or boolean would be read as text and could be a valid value.
     */
    private static Map<String, String> wronglyTyped(JsonObject schema, DocumentedApi documented) {
        Map<String, String> bodies = new LinkedHashMap<>();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return bodies;
        }
        for (String name : properties.keySet()) {
            JsonObject property = documented.resolve(properties.getJsonObject(name));
            String type = property.getString("type", property.containsKey("properties") ? "object" : "");
            List<String> values = switch (type) {
                case "integer", "number" ->
                    List.of("\"not a number\"", "1e999", "99999999999999999999999", "[1]", "{}", "true");
                case "boolean" -> List.of("\"maybe\"", "2", "{}", "[]");
                case "array" -> List.of("{}", "\"text\"", "12", "[{\"a\": [[[]]]}]");
                // not [], which JSON-B reads as a map given as its (here no) entries: a valid empty object
                case "object" -> List.of("\"text\"", "12", "true");
                case "string" ->
                    property.containsKey("enum") || property.containsKey("format")
                            ? List.of("\"NOT-A-VALUE\"", "\"2026-13-45\"", "{}", "[]")
                            : List.of("{}", "[]");
                default -> List.of("{}", "[[]]");
            };
            for (String value : values) {
                bodies.put(name + ": " + value, "{\"" + name + "\": " + value + "}");
            }
        }
        return bodies;
    }

    /** How many of each thing the centre holds: a malformed request must change none of them. */
    private static Map<String, Long> holdings(HttpApi api) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String list : List.of(
                "customers?size=1",
                "cases?size=1",
                "agents?size=1",
                "teams?size=1",
                "contacts?size=1",
                "problems?size=1",
                "users?size=1",
                "sla-policies?size=1",
                "business-calendars?size=1",
                "quality/audits?size=1",
                "articles?status=DRAFT&size=1",
                "articles?status=PUBLISHED&size=1",
                "routing/queues",
                "quality/scorecards",
                "me/tokens")) {
            HttpApi.Reply reply = api.get("api/" + list);
            assertThat(reply.status()).as(list + ": " + reply.body()).isEqualTo(200);
            counts.put(
                    list,
                    reply.body().startsWith("[")
                            ? reply.jsonList().size()
                            : reply.json().getJsonNumber("totalItems").longValue());
        }
        return counts;
    }

    private static String abbreviated(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
    }
}
