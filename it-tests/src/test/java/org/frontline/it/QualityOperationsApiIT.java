package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** QA next to operations through REST: an agent's review score beside their handle time, CSAT and FCR. */
@ExtendWith(ArquillianExtension.class)
class QualityOperationsApiIT {
    private static final String PERIOD = "from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z";

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

    private long agent(long team) {
        return id(api().post("api/agents", """
                {"name": "Ops %s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 3}], "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team)));
    }

    private long contact(long agent, long team, Long caseId, int day, long talk, Integer csat) {
        long contact = id(api().post("api/contacts", """
                {"channel": "PHONE", "agentId": %d, "teamId": %d, "caseId": %s, "arrivedAt": "2026-03-%02dT10:00:00Z",
                 "endedAt": "2026-03-%02dT11:00:00Z", "talkSeconds": %d, "wrapUpSeconds": 60}""".formatted(agent, team, caseId, day, day, talk)));
        if (csat != null) {
            HttpApi.Reply survey = api().post("api/contacts/" + contact + "/survey", "{\"csat\": " + csat + "}");
            assertThat(survey.status()).as(survey.body()).isEqualTo(200);
        }
        return contact;
    }

    private long openCase() {
        long customer = id(api().post("api/customers", "{\"name\": \"Ops customer " + UUID.randomUUID() + "\"}"));
        return id(api().post(
                        "api/cases",
                        "{\"customerId\": %d, \"subject\": \"Billing question\", \"type\": \"incident\"}"
                                .formatted(customer)));
    }

    @Test
    void linesAnAgentsQaScoreUpWithTheirHandleTimeSatisfactionAndFirstContactResolution() {
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"Ops %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(UUID.randomUUID())));
        long agent = agent(team);
        long reviewer = agent(team);
        long onceCase = openCase();
        long twiceCase = openCase();
        long reviewed = contact(agent, team, onceCase, 2, 240, 5);
        contact(agent, team, twiceCase, 3, 540, 2);
        contact(agent, team, twiceCase, 4, 300, null);
        for (long caseId : new long[] {onceCase, twiceCase}) {
            assertThat(api().post("api/cases/" + caseId + "/resolve", "{\"resolutionCode\": \"ANSWERED\"}")
                            .status())
                    .isEqualTo(200);
        }
        String scorecard = "Ops card " + UUID.randomUUID();
        assertThat(api().post("api/quality/scorecards", """
                {"name": "%s", "passMark": 80, "sections": [{"name": "Call", "weight": 100, "criteria": [
                   {"name": "Accurate", "weight": 100, "scale": "ZERO_TO_TEN"}]}]}""".formatted(scorecard))
                        .status())
                .isEqualTo(201);
        JsonObject draft = api().post("api/quality/reviews", """
                {"contactId": %d, "reviewerId": %d, "scorecardName": "%s"}""".formatted(reviewed, reviewer, scorecard))
                .json();
        long review = draft.getJsonNumber("id").longValue();
        JsonObject rated = api().put(
                        "api/quality/reviews/" + review + "/ratings", """
                {"version": %d, "answers": [{"section": "Call", "criterion": "Accurate", "value": 9}]}""".formatted(draft.getInt("version")))
                .json();
        assertThat(api().post(
                                "api/quality/reviews/" + review + "/submit",
                                "{\"version\": " + rated.getInt("version") + "}")
                        .status())
                .isEqualTo(200);

        JsonObject table =
                api().get("api/quality/operations?groupBy=AGENT&" + PERIOD).json();

        JsonObject row = table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("key").longValue() == agent)
                .findFirst()
                .orElseThrow();
        assertThat(row.getInt("reviews")).isEqualTo(1);
        assertThat(row.getJsonNumber("meanScore").doubleValue()).isEqualTo(90.0);
        assertThat(row.getInt("contacts")).isEqualTo(3);
        // (240 + 60) + (540 + 60) + (300 + 60) = 1,260 s over 3 contacts.
        assertThat(row.getJsonNumber("averageHandleSeconds").doubleValue()).isEqualTo(420.0);
        assertThat(row.getJsonObject("csatSatisfied").getInt("count")).isEqualTo(1);
        assertThat(row.getJsonObject("csatSatisfied").getInt("of")).isEqualTo(2);
        assertThat(row.getJsonObject("firstContactResolution").getInt("count")).isEqualTo(1);
        assertThat(row.getJsonObject("firstContactResolution").getInt("of")).isEqualTo(2);
        assertThat(row.getJsonObject("slaCompliance").getInt("of")).isEqualTo(2);
        assertThat(api().get("api/quality/operations?groupBy=TEAM&" + PERIOD)
                        .json()
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getJsonNumber("key").longValue() == team && r.getInt("contacts") == 3);
        assertThat(api().get("api/quality/operations?groupBy=SHIFT").status()).isEqualTo(400);
    }
}
