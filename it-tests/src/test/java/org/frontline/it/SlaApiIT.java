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
}
