package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SLAs through REST: the default policies, a case's SLA clock through pause and response, calendar validation. */
@ExtendWith(ArquillianExtension.class)
class SlaApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    private long goldP2Case() {
        HttpApi.Reply customer = api().post(
                        "api/customers",
                        "{\"name\": \"SLA customer " + UUID.randomUUID() + "\", \"valueTier\": \"GOLD\"}");
        long customerId = customer.json().getJsonNumber("id").longValue();
        HttpApi.Reply raised = api().post(
                        "api/cases",
                        "{\"customerId\": %d, \"subject\": \"Slow\", \"priority\": \"P2\"}".formatted(customerId));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().getJsonNumber("id").longValue();
    }

    private JsonObject sla(long caseId) {
        HttpApi.Reply reply = api().get("api/cases/" + caseId + "/sla");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void everyTierAndPriorityHasAPolicyFromTheStart() {
        JsonObject page = api().get("api/sla-policies?size=100").json();

        assertThat(page.getJsonNumber("totalItems").longValue()).isGreaterThanOrEqualTo(16);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("calendarName"))
                .isNotBlank();
    }

    @Test
    void aNewCaseRunsItsClockAgainstThePolicyOfItsTierAndPriority() {
        long caseId = goldP2Case();
        Instant created = Instant.parse(api().get("api/cases/" + caseId).json().getString("createdAt"));

        JsonObject sla = sla(caseId);

        JsonObject firstResponse = sla.getJsonObject("firstResponse");
        assertThat(firstResponse.getString("target")).isEqualTo("PT1H");
        assertThat(firstResponse.getString("state")).isEqualTo("ON_TRACK");
        assertThat(Instant.parse(firstResponse.getString("dueAt"))).isEqualTo(created.plus(Duration.ofHours(1)));
        assertThat(sla.getJsonObject("resolution").getString("target")).isEqualTo("PT16H");
    }

    @Test
    void pausesWhilePendingAndIsMetByTheFirstResponse() {
        long caseId = goldP2Case();
        api().post("api/cases/" + caseId + "/respond", "{\"note\": \"looking into it\"}");
        api().post("api/cases/" + caseId + "/pend", "{\"pendingReason\": \"CUSTOMER\"}");

        JsonObject pending = sla(caseId);
        assertThat(pending.getJsonObject("firstResponse").getString("state")).isEqualTo("MET");
        assertThat(pending.getJsonObject("resolution").getString("state")).isEqualTo("PAUSED");

        api().post("api/cases/" + caseId + "/resume", "{}");
        assertThat(sla(caseId).getJsonObject("resolution").getString("state")).isEqualTo("ON_TRACK");

        api().post("api/cases/" + caseId + "/resolve", "{\"resolutionCode\": \"ANSWERED\"}");
        assertThat(sla(caseId).getJsonObject("resolution").getString("state")).isEqualTo("MET");
    }

    @Test
    void definesACalendarAndRejectsImpossibleHours() {
        String name = "Office " + UUID.randomUUID();
        HttpApi.Reply created = api().post("api/business-calendars", """
                {"name": "%s", "timeZone": "Europe/Paris",
                 "workingHours": [{"day": "monday", "opens": "09:00", "closes": "17:00"},
                                  {"day": "TUESDAY", "opens": "09:00", "closes": "17:00"}],
                 "holidays": [{"date": "2026-12-25", "name": "Noël"}]}""".formatted(name));
        HttpApi.Reply backwards = api().post("api/business-calendars", """
                {"name": "Backwards %s", "timeZone": "Europe/Paris",
                 "workingHours": [{"day": "MONDAY", "opens": "17:00", "closes": "09:00"}]}""".formatted(name));
        HttpApi.Reply badZone = api().post("api/business-calendars", """
                {"name": "Nowhere %s", "timeZone": "Mars/Olympus",
                 "workingHours": [{"day": "MONDAY", "opens": "09:00", "closes": "17:00"}]}""".formatted(name));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getJsonArray("workingHours")).hasSize(2);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("workingHours");
        assertThat(badZone.status()).isEqualTo(400);
    }

    @Test
    void aSecondPolicyForTheSameTierAndPriorityIsRefused() {
        HttpApi.Reply duplicate = api().post("api/sla-policies", """
                {"valueTier": "GOLD", "priority": "P2", "firstResponseMinutes": 10, "resolutionMinutes": 100,
                 "calendarId": 1}""");
        HttpApi.Reply inverted = api().post("api/sla-policies", """
                {"valueTier": "GOLD", "priority": "P2", "firstResponseMinutes": 100, "resolutionMinutes": 10,
                 "calendarId": 1}""");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("resolution");
    }

    @Test
    void aCustomerReplyAfterTheFirstResponseRunsTheNextResponseClock() {
        long caseId = goldP2Case();
        api().post("api/cases/" + caseId + "/respond", "{\"note\": \"looking into it\"}");
        assertThat(sla(caseId).containsKey("nextResponse")).isFalse();

        HttpApi.Reply replied = api().post("api/cases/" + caseId + "/customer-reply", "{\"note\": \"any news?\"}");
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(sla(caseId).getJsonObject("nextResponse").getString("state")).isEqualTo("ON_TRACK");
        assertThat(sla(caseId).getJsonObject("nextResponse").getString("target"))
                .isEqualTo("PT1H");

        api().post("api/cases/" + caseId + "/respond", "{\"note\": \"here it is\"}");
        assertThat(sla(caseId).containsKey("nextResponse")).isFalse();
    }

    /** SILVER P4 is used by no other test; its targets shrink to a minute with a 1% warning, then come back. */
    @Test
    void theWatchRecordsEachWarningOnce() throws InterruptedException {
        JsonObject policy = api().get("api/sla-policies?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("valueTier").equals("SILVER")
                        && p.getString("priority").equals("P4"))
                .findFirst()
                .orElseThrow();
        long policyId = policy.getJsonNumber("id").longValue();
        String path = "api/sla-policies/" + policyId;
        HttpApi.Reply shrunk = api().put(path, """
                {"valueTier": "SILVER", "priority": "P4", "firstResponseMinutes": 1, "resolutionMinutes": 1,
                 "warningPercent": 1, "calendarId": %d, "version": %d}""".formatted(
                        policy.getJsonNumber("calendarId").longValue(),
                        policy.getJsonNumber("version").longValue()));
        assertThat(shrunk.status()).as(shrunk.body()).isEqualTo(200);
        try {
            long customerId = api().post(
                            "api/customers",
                            "{\"name\": \"Watched " + UUID.randomUUID() + "\", \"valueTier\": \"SILVER\"}")
                    .json()
                    .getJsonNumber("id")
                    .longValue();
            long caseId = api().post(
                            "api/cases",
                            "{\"customerId\": %d, \"subject\": \"Watched\", \"priority\": \"P4\"}"
                                    .formatted(customerId))
                    .json()
                    .getJsonNumber("id")
                    .longValue();

            JsonObject events = awaitEvents(caseId, 2, Duration.ofSeconds(30));
            Thread.sleep(2500); // two more runs of the watch must not record them again

            assertThat(api().get("api/sla-events?caseId=" + caseId)
                            .json()
                            .getJsonNumber("totalItems")
                            .longValue())
                    .isEqualTo(2);
            assertThat(events.getJsonArray("items").stream()
                            .map(JsonObject.class::cast)
                            .map(e -> e.getString("target") + " " + e.getString("kind")))
                    .containsExactlyInAnyOrder("FIRST_RESPONSE WARNING", "RESOLUTION WARNING");
            assertThat(api().get("api/sla-events?caseId=" + caseId + "&kind=BREACH")
                            .json()
                            .getJsonNumber("totalItems")
                            .longValue())
                    .isZero();
        } finally {
            long version = api().get(path).json().getJsonNumber("version").longValue();
            api().put(path, """
                    {"valueTier": "SILVER", "priority": "P4", "firstResponseMinutes": %d, "resolutionMinutes": %d,
                     "warningPercent": 75, "calendarId": %d, "version": %d}""".formatted(
                            policy.getJsonNumber("firstResponseMinutes").longValue(),
                            policy.getJsonNumber("resolutionMinutes").longValue(),
                            policy.getJsonNumber("calendarId").longValue(),
                            version));
        }
    }

    @Test
    void anUnknownEventKindIsAClientError() {
        HttpApi.Reply reply = api().get("api/sla-events?kind=LATE");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private JsonObject awaitEvents(long caseId, int count, Duration patience) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            JsonObject page = api().get("api/sla-events?caseId=" + caseId).json();
            // The page reads its items before its total: a watch run committing in between gives a total of 2
            // with no items, so wait for the items themselves.
            if (page.getJsonArray("items").size() >= count || Instant.now().isAfter(giveUp)) {
                return page;
            }
            Thread.sleep(200);
        }
    }
}
