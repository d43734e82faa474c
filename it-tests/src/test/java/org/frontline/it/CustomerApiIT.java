package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customers API end to end: JAX-RS, validation, Hibernate in a JTA transaction, the database. */
@ExtendWith(ArquillianExtension.class)
class CustomerApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    private JsonObject register(String name) {
        HttpApi.Reply reply = api().post("api/customers", """
                {"name": "%s", "email": "ops@example.com", "preferredLanguage": "fr-CA",
                 "timeZone": "America/Montreal", "valueTier": "platinum",
                 "annualRevenue": {"amount": 250000.5, "currency": "CAD"}}
                """.formatted(name));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void registersACustomerAndReadsItBack() {
        String name = uniqueName("Acme Ltd");
        JsonObject created = register(name);

        HttpApi.Reply read =
                api().get("api/customers/" + created.getJsonNumber("id").longValue());

        assertThat(read.status()).isEqualTo(200);
        JsonObject customer = read.json();
        assertThat(customer.getString("name")).isEqualTo(name);
        assertThat(customer.getString("preferredLanguage")).isEqualTo("fr-CA");
        assertThat(customer.getString("timeZone")).isEqualTo("America/Montreal");
        assertThat(customer.getString("valueTier")).isEqualTo("PLATINUM");
        assertThat(customer.getJsonObject("annualRevenue")
                        .getJsonNumber("amount")
                        .bigDecimalValue())
                .isEqualByComparingTo("250000.50");
        assertThat(customer.getJsonObject("annualRevenue").getString("currency"))
                .isEqualTo("CAD");
        assertThat(customer.getInt("version")).isZero();
        assertThat(customer.getString("createdAt")).isEqualTo(created.getString("createdAt"));
    }

    @Test
    void listsCustomersInBoundedPages() {
        for (int i = 0; i < 3; i++) {
            register(uniqueName("Paged"));
        }

        JsonObject page = api().get("api/customers?page=0&size=2").json();

        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(page.getInt("size")).isEqualTo(2);
        long total = page.getJsonNumber("totalItems").longValue();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page.getJsonNumber("totalPages").longValue()).isEqualTo((total + 1) / 2);
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        long id = register(uniqueName("Versioned")).getJsonNumber("id").longValue();

        HttpApi.Reply first = api().put(
                        "api/customers/" + id, "{\"name\": \"Renamed once\", \"valueTier\": \"GOLD\", \"version\": 0}");
        HttpApi.Reply stale = api().put("api/customers/" + id, "{\"name\": \"Renamed twice\", \"version\": 0}");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("version")).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().getString("detail")).contains("current version is 1");
        assertThat(api().get("api/customers/" + id).json().getString("name")).isEqualTo("Renamed once");
    }

    @Test
    void keepsAnAuditTrailOfEveryChange() {
        long id = register(uniqueName("Audited")).getJsonNumber("id").longValue();
        HttpApi.Reply renamed = ItUsers.api(base, "AGENT")
                .put("api/customers/" + id, "{\"name\": \"Audited renamed\", \"valueTier\": \"GOLD\", \"version\": 0}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

        HttpApi.Reply audit = api().get("api/customers/" + id + "/audit");

        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        List<JsonObject> entries = audit.jsonList();
        assertThat(entries).extracting(e -> e.getString("change")).containsExactly("ADD", "MOD");
        assertThat(entries).extracting(e -> e.getString("actor")).containsExactly("admin", ItUsers.username("AGENT"));
        assertThat(entries.get(0).getJsonObject("state").getString("valueTier")).isEqualTo("PLATINUM");
        assertThat(entries.get(1).getJsonObject("state").getString("name")).isEqualTo("Audited renamed");
        assertThat(entries.get(1).getJsonNumber("revision").longValue())
                .isGreaterThan(entries.get(0).getJsonNumber("revision").longValue());
    }

    @Test
    void concurrentWritersOfTheSameVersionNeverLoseAnUpdate() throws Exception {
        long id = register(uniqueName("Contended")).getJsonNumber("id").longValue();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpApi.Reply>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                String body = "{\"name\": \"Writer " + i + "\", \"version\": 0}";
                replies.add(pool.submit(() -> {
                    start.await();
                    return api().put("api/customers/" + id, body);
                }));
            }
            start.countDown();
        }

        List<HttpApi.Reply> done = new ArrayList<>();
        for (Future<HttpApi.Reply> reply : replies) {
            done.add(reply.get());
        }
        List<HttpApi.Reply> winners =
                done.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).as("exactly one writer wins").hasSize(1);
        assertThat(done).allSatisfy(r -> assertThat(r.status()).isIn(200, 409));
        JsonObject stored = api().get("api/customers/" + id).json();
        assertThat(stored.getInt("version")).isEqualTo(1);
        assertThat(stored.getString("name")).isEqualTo(winners.getFirst().json().getString("name"));
    }

    @Test
    void findsACustomerByTheStartOfTheirNameIgnoringCaseAndAccents() {
        String surname = randomWord();
        register("Zoë " + surname);

        HttpApi.Reply reply =
                api().get("api/customers?q=zoe%20" + surname.substring(0, 5).toLowerCase());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name"))
                .containsExactly("Zoë " + surname);
    }

    @Test
    void findsACustomerByTheirEmailAddress() {
        String name = "Mail " + randomWord();
        String email = name.replace(' ', '.').toLowerCase() + "@example.org";
        api().post("api/customers", "{\"name\": \"%s\", \"email\": \"%s\"}".formatted(name, email));

        JsonObject page = api().get("api/customers?q=" + email.toUpperCase()).json();

        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name"))
                .containsExactly(name);
    }

    /** Ten random letters: a word no other test data contains, so a search finds only this test's customer. */
    private static String randomWord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void retiersCustomersFromRevenueThresholds() {
        long id = register(uniqueName("Retiered")).getJsonNumber("id").longValue();

        HttpApi.Reply summary = api().post(
                        "api/customers/retier",
                        "{\"currency\": \"CAD\", \"platinum\": 10000000, \"gold\": 200000, \"silver\": 1000}");
        HttpApi.Reply inverted = api().post(
                        "api/customers/retier", "{\"currency\": \"CAD\", \"platinum\": 1, \"gold\": 2, \"silver\": 0}");

        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        assertThat(summary.json().getJsonNumber("changed").longValue()).isPositive();
        assertThat(api().get("api/customers/" + id).json().getString("valueTier"))
                .as("250000.50 CAD")
                .isEqualTo("GOLD");
        assertThat(inverted.status()).isEqualTo(400);
    }

    @Test
    void rejectsInvalidFieldsNamingEachOne() {
        HttpApi.Reply reply = api().post("api/customers", "{\"name\": \"\", \"email\": \"not-an-email\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("email", "name");
    }

    @Test
    void rejectsAnUnknownTimeZoneWithAnActionableMessage() {
        HttpApi.Reply reply = api().post("api/customers", "{\"name\": \"Zoned\", \"timeZone\": \"Mars/Olympus\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("detail")).contains("timeZone", "Mars/Olympus", "Europe/Paris");
    }

    @Test
    void rejectsMalformedJsonAsAClientError() {
        HttpApi.Reply reply = api().post("api/customers", "{\"name\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void answersNotFoundForAnUnknownCustomer() {
        HttpApi.Reply reply = api().get("api/customers/987654321987");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("detail")).isEqualTo("customer 987654321987 does not exist");
    }

    @Test
    void rejectsAPageSizeBeyondTheLimit() {
        HttpApi.Reply reply = api().get("api/customers?size=5000");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("size");
    }
}
