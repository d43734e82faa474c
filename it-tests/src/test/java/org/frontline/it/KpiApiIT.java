package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** KPI reports through REST: a team's hand-made day, as JSON, as a daily series and as CSV; definitions; bad input. */
@ExtendWith(ArquillianExtension.class)
class KpiApiIT {
    private static final String DAY = "from=2024-02-05T00:00:00Z&to=2024-02-06T00:00:00Z&zone=UTC";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    private long id(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void aTeamsDayOfContactsGivesItsKpis() {
        long team = team("KPI");
        long agent = agent(team, "KPI agent");
        long customer = id(api().post(
                        "api/customers",
                        "{\"name\": \"KPI customer " + UUID.randomUUID() + "\", \"valueTier\": \"GOLD\"}"));
        // Answered after 10 s and 40 s (target 20 s), 300 + 60 s and 180 + 60 s handled; one abandon after 30 s.
        answered(agent, team, customer, "09:00:00", "09:00:10", "09:05:10", 300, 4);
        answered(agent, team, customer, "10:00:00", "10:00:40", "10:03:40", 180, 2);
        assertThat(api().post("api/contacts", """
                        {"channel": "PHONE", "teamId": %d, "customerId": %d, "arrivedAt": "2024-02-05T11:00:00Z",
                         "endedAt": "2024-02-05T11:00:30Z", "abandoned": true}""".formatted(team, customer)).status())
                .isEqualTo(201);

        JsonObject row =
                teamRow(api().get("api/kpis/report?groupBy=TEAM&" + DAY).json(), team);

        JsonObject values = row.getJsonObject("values");
        // 3 offered, 1 of 3 within 20 s; 1 of 3 abandoned; ASA (10 + 40) / 2; AHT (360 + 240) / 2; CSAT 1 of 2.
        assertThat(values.getJsonNumber("offered").doubleValue()).isEqualTo(3.0);
        assertThat(values.getJsonNumber("service-level").doubleValue()).isCloseTo(33.33, within());
        assertThat(values.getJsonNumber("abandonment-rate").doubleValue()).isCloseTo(33.33, within());
        assertThat(values.getJsonNumber("average-speed-of-answer").doubleValue())
                .isEqualTo(25.0);
        assertThat(values.getJsonNumber("average-handle-time").doubleValue()).isEqualTo(300.0);
        assertThat(values.getJsonNumber("csat").doubleValue()).isEqualTo(50.0);
        // The customer was gold when they called: the tier report says so.
        assertThat(api().get("api/kpis/report?groupBy=CUSTOMER_TIER&" + DAY)
                        .json()
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("label").equals("GOLD")
                        && r.getJsonObject("values").getJsonNumber("offered").doubleValue() >= 3);

        JsonObject series = api().get(
                        "api/kpis/report?groupBy=TEAM&interval=HOUR&from=2024-02-05T09:00:00Z&to=2024-02-05T12:00:00Z")
                .json();
        assertThat(series.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .filter(r -> String.valueOf(team).equals(r.getString("group", null)))
                        .map(r -> r.getJsonObject("values")
                                .getJsonNumber("offered")
                                .doubleValue())
                        .toList())
                .containsExactly(1.0, 1.0, 1.0);

        HttpApi.Reply csv = api().get("api/kpis/report.csv?groupBy=TEAM&" + DAY);
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("start,end,group,label,offered,answered,service-level");
        assertThat(lines).anyMatch(line -> line.contains("," + team + ",") && line.contains(",3.0,2.0,"));
    }

    @Test
    void paretoRanksCustomersByRevenueAndByContacts() {
        // Two customers paying in a currency nobody else uses: 9 M and 1 M; only the second calls, three times in
        // March.
        String currency = unusedCurrency();
        long rich = id(api().post("api/customers", """
                {"name": "Pareto rich %s", "annualRevenue": {"amount": "9000000", "currency": "%s"}}""".formatted(UUID.randomUUID(), currency)));
        long busy = id(api().post("api/customers", """
                {"name": "Pareto busy %s", "annualRevenue": {"amount": "1000000", "currency": "%s"}}""".formatted(UUID.randomUUID(), currency)));
        // The circles are a fifth of all customers: with ten or more, both are in the top fifth by revenue.
        long registered = api().get("api/customers?size=1")
                .json()
                .getJsonNumber("totalItems")
                .longValue();
        for (long i = registered; i < 10; i++) {
            id(api().post("api/customers", "{\"name\": \"Pareto filler " + UUID.randomUUID() + "\"}"));
        }
        // A day of its own in the 2000s, so earlier runs' contacts (the database may be kept) are not in it.
        LocalDate day =
                LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        for (int i = 0; i < 3; i++) {
            assertThat(api().post("api/contacts", """
                            {"channel": "EMAIL", "customerId": %d, "arrivedAt": "%sT1%d:00:00Z"}""".formatted(busy, day, i)).status())
                    .isEqualTo(201);
        }
        String period = "from=" + day + "T00:00:00Z&to=" + day.plusDays(1) + "T00:00:00Z&currency=" + currency;

        JsonObject report = api().get("api/kpis/pareto?limit=1000&" + period).json();

        // Both customers are in the top fifth by revenue: it brings all the revenue in that currency.
        assertThat(report.getJsonNumber("revenueShareOfTop").doubleValue()).isEqualTo(100.0);
        List<JsonObject> customers = report.getJsonArray("customers").getValuesAs(JsonObject.class);
        JsonObject first = customers.get(0);
        JsonObject second = customers.get(1);
        assertThat(first.getJsonNumber("customerId").longValue()).isEqualTo(rich);
        assertThat(first.getString("circle")).isEqualTo("HIGH_VALUE");
        // 9 M of 10 M: the first half of revenue → PLATINUM; the second comes after 90 % → SILVER.
        assertThat(first.getString("suggestedTier")).isEqualTo("PLATINUM");
        assertThat(second.getJsonNumber("customerId").longValue()).isEqualTo(busy);
        assertThat(second.getInt("contacts")).isEqualTo(3);
        assertThat(second.getString("circle")).isEqualTo("BOTH");
        assertThat(second.getString("suggestedTier")).isEqualTo("SILVER");
        assertThat(report.getJsonArray("revenueCurve")).hasSize(101);

        HttpApi.Reply csv = api().get("api/kpis/pareto/customers.csv?" + period);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("customer_id,name,revenue,revenue_rank");
        assertThat(csv.body()).contains(rich + ",Pareto rich");
        HttpApi.Reply badCurrency = api().get("api/kpis/pareto?currency=XYZ1");
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.body()).contains("ISO 4217");
    }

    @Test
    void aTeamsTargetShowsWhetherItIsMetAndWhichWayItMoves() {
        long team = team("Target");
        // 1 April: answered after 45 s (missed); 2 April: after 5 s (met).
        for (String day : List.of(
                "2024-04-01T09:00:00Z\", \"answeredAt\": \"2024-04-01T09:00:45Z",
                "2024-04-02T09:00:00Z\", \"answeredAt\": \"2024-04-02T09:00:05Z")) {
            assertThat(api().post("api/contacts", """
                            {"channel": "PHONE", "teamId": %d, "arrivedAt": "%s"}""".formatted(team, day)).status())
                    .isEqualTo(201);
        }
        HttpApi.Reply created = api().post("api/kpis/targets", """
                {"teamId": %d, "kpi": "service-level", "comparison": "AT_LEAST", "value": 80}""".formatted(team));
        long target = id(created);
        assertThat(api().post("api/kpis/targets", """
                        {"teamId": %d, "kpi": "SERVICE_LEVEL", "comparison": "AT_LEAST", "value": 90}""".formatted(team)).status()).isEqualTo(409);
        HttpApi.Reply unknown = api().post("api/kpis/targets", """
                {"teamId": %d, "kpi": "happiness", "comparison": "AT_LEAST", "value": 90}""".formatted(team));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("definitions");

        JsonObject standing =
                api()
                        .get("api/kpis/targets/standings?from=2024-04-02T00:00:00Z&to=2024-04-03T00:00:00Z")
                        .jsonList()
                        .stream()
                        .filter(s ->
                                s.getJsonObject("target").getJsonNumber("id").longValue() == target)
                        .findFirst()
                        .orElseThrow();

        // 100 % against at least 80 %, up from 0 % the day before.
        assertThat(standing.getJsonNumber("value").doubleValue()).isEqualTo(100.0);
        assertThat(standing.getJsonNumber("previousValue").doubleValue()).isEqualTo(0.0);
        assertThat(standing.getString("status")).isEqualTo("ON_TARGET");
        assertThat(standing.getString("trend")).isEqualTo("IMPROVING");
        HttpApi.Reply revised = api().put("api/kpis/targets/" + target, """
                {"kpi": "service-level", "comparison": "AT_LEAST", "value": 100, "version": 0}""");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(api().delete("api/kpis/targets/" + target).status()).isEqualTo(204);
    }

    @Test
    void staffCostPerContactFollowsTheTeamsHourlyRate() {
        long team = team("Cost");
        long agent = agent(team, "Cost agent");
        HttpApi.Reply rate = api().put("api/kpis/cost-rates/" + team, "{\"hourlyCost\": 36.00}");
        assertThat(rate.status()).as(rate.body()).isEqualTo(200);
        assertThat(rate.json().getString("currency")).isEqualTo("EUR");
        // The agent logs in now and stays available for a few seconds, then logs off; they handle one contact.
        assertThat(api().post("api/agents/" + agent + "/status", "{\"status\": \"AVAILABLE\"}")
                        .status())
                .isEqualTo(200);
        HttpApi.Reply shift = api().post("api/agents/" + agent + "/shifts", """
                {"startsAt": "%s", "endsAt": "%s"}""".formatted(
                        Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600)));
        assertThat(shift.status()).as(shift.body()).isEqualTo(201);
        sleepSeconds(2);
        assertThat(api().post("api/agents/" + agent + "/status", "{\"status\": \"OFFLINE\"}")
                        .status())
                .isEqualTo(200);
        String now = Instant.now().toString();
        id(api().post("api/contacts", """
                {"channel": "PHONE", "agentId": %d, "teamId": %d, "arrivedAt": "%s", "answeredAt": "%s",
                 "endedAt": "%s", "talkSeconds": 60}""".formatted(agent, team, now, now, now)));

        JsonObject values = teamRow(
                        api().get("api/kpis/report?groupBy=TEAM&from="
                                        + Instant.now().minusSeconds(600) + "&to="
                                        + Instant.now().plusSeconds(60))
                                .json(),
                        team)
                .getJsonObject("values");

        // At 36.00 an hour, each logged-in second costs 0.01; the one handled contact carries all of it.
        double hours = values.getJsonNumber("staffed-hours").doubleValue();
        assertThat(hours).isGreaterThan(0);
        assertThat(values.getJsonNumber("staff-cost").doubleValue()).isCloseTo(hours * 36, within());
        assertThat(values.getJsonNumber("cost-per-contact").doubleValue()).isCloseTo(hours * 36, within());
        assertThat(values.getJsonNumber("scheduled-hours").doubleValue()).isGreaterThan(0);
        assertThat(values.getJsonNumber("schedule-adherence").doubleValue()).isGreaterThan(0);
        assertThat(api().put("api/kpis/cost-rates/" + team, "{\"hourlyCost\": -1}")
                        .status())
                .isEqualTo(400);
        assertThat(api().get("api/kpis/cost-rates").jsonList())
                .anyMatch(r -> r.getJsonNumber("teamId").longValue() == team);
    }

    @Test
    void aTeamsCasesGiveItsReopenRate() {
        long team = team("Cases");
        long agent = agent(team, "Case owner");
        long customer = id(api().post("api/customers", "{\"name\": \"Case customer " + UUID.randomUUID() + "\"}"));
        String from = Instant.now().minusSeconds(60).toString();
        // Two cases of the team's agent, both resolved; the second reopened and resolved again.
        for (int i = 0; i < 2; i++) {
            long supportCase = id(api().post("api/cases", """
                    {"customerId": %d, "subject": "Case %d", "type": "incident"}""".formatted(customer, i)));
            assertThat(api().post("api/cases/" + supportCase + "/assign", "{\"agentId\": " + agent + "}")
                            .status())
                    .isEqualTo(200);
            resolve(supportCase);
            if (i == 1) {
                assertThat(api().post("api/cases/" + supportCase + "/reopen", "{\"reason\": \"still broken\"}")
                                .status())
                        .isEqualTo(200);
                resolve(supportCase);
            }
        }

        JsonObject values = teamRow(
                        api().get("api/kpis/report?groupBy=TEAM&from=" + from + "&to="
                                        + Instant.now().plusSeconds(60))
                                .json(),
                        team)
                .getJsonObject("values");

        // 1 of 2 resolved cases reopened; none breached an SLA yet.
        assertThat(values.getJsonNumber("reopen-rate").doubleValue()).isEqualTo(50.0);
        assertThat(values.getJsonNumber("first-response-sla").doubleValue()).isEqualTo(100.0);
    }

    /** A new support team named {@code prefix} and a random suffix. */
    private long team(String prefix) {
        return id(api().post(
                        "api/teams",
                        "{\"name\": \"%s %s\", \"serviceFunction\": \"SUPPORT\"}"
                                .formatted(prefix, UUID.randomUUID())));
    }

    /** A new L1 phone agent of {@code team}. */
    private long agent(long team, String name) {
        return id(api().post("api/agents", """
                {"name": "%s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 3}], "hireDate": "2023-01-02"}""".formatted(name, team)));
    }

    private void resolve(long supportCase) {
        HttpApi.Reply resolved = api().post("api/cases/" + supportCase + "/resolve", "{\"resolutionCode\": \"FIXED\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    }

    @Test
    void definitionsExplainEveryKpiAndTheCentresSettings() {
        JsonObject definitions = api().get("api/kpis/definitions").json();

        assertThat(definitions.getJsonObject("answerTargetSeconds").getInt("PHONE"))
                .isEqualTo(20);
        assertThat(definitions.getString("shortAbandons")).isEqualTo("EXCLUDE");
        assertThat(definitions.getJsonArray("kpis").getValuesAs(JsonObject.class))
                .anyMatch(k -> k.getString("key").equals("first-contact-resolution")
                        && k.getString("definition").contains("repeat window"));
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        HttpApi.Reply interval = api().get("api/kpis/report?interval=FORTNIGHT");
        assertThat(interval.status()).isEqualTo(400);
        assertThat(interval.contentType()).startsWith("application/problem+json");
        assertThat(interval.body()).contains("interval");
        HttpApi.Reply tooFine =
                api().get("api/kpis/report?interval=QUARTER_HOUR&from=2024-01-01T00:00:00Z&to=2024-03-01T00:00:00Z");
        assertThat(tooFine.status()).isEqualTo(400);
        assertThat(tooFine.body()).contains("coarser");
        assertThat(api().get("api/kpis/report?zone=Mars/Olympus").status()).isEqualTo(400);
    }

    private void answered(
            long agent, long team, long customer, String arrived, String answered, String ended, long talk, int csat) {
        long contact =
                id(api().post("api/contacts", """
                {"channel": "PHONE", "agentId": %d, "teamId": %d, "customerId": %d, "arrivedAt": "2024-02-05T%sZ",
                 "answeredAt": "2024-02-05T%sZ", "endedAt": "2024-02-05T%sZ", "talkSeconds": %d, "wrapUpSeconds": 60,
                 "reasonCode": "billing"}""".formatted(agent, team, customer, arrived, answered, ended, talk)));
        assertThat(api().post("api/contacts/" + contact + "/survey", "{\"csat\": " + csat + "}")
                        .status())
                .isEqualTo(200);
    }

    /** A currency no customer's revenue is in yet (the database may hold earlier runs' customers). */
    private String unusedCurrency() {
        for (String code :
                List.of("CHF", "NOK", "SEK", "DKK", "PLN", "CZK", "HUF", "ISK", "NZD", "SGD", "ZAR", "MXN")) {
            JsonObject report =
                    api().get("api/kpis/pareto?limit=1&currency=" + code).json();
            if (report.getInt("revenueUnknown") == report.getInt("customerCount")) {
                return code;
            }
        }
        throw new IllegalStateException("every candidate currency is in use; clear the test database");
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject teamRow(JsonObject report, long team) {
        return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> String.valueOf(team).equals(r.getString("group", null)))
                .findFirst()
                .orElseThrow();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
