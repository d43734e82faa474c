package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An agent's feedback packet through REST: reviews and answers, coaching, observations, status time; a session. */
@ExtendWith(ArquillianExtension.class)
class FeedbackApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    private JsonObject ok(HttpApi.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private long id(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private long agent(long team) {
        return id(api().post("api/agents", """
                {"name": "Feedback %s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "EMAIL", "proficiency": 3}], "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team)));
    }

    private long review(long contact, long reviewer, String scorecard, int value) {
        JsonObject draft = ok(api().post("api/quality/reviews", """
                {"contactId": %d, "reviewerId": %d, "scorecardName": "%s"}""".formatted(contact, reviewer, scorecard)), 201);
        long id = draft.getJsonNumber("id").longValue();
        JsonObject rated = ok(
                api().put("api/quality/reviews/" + id + "/ratings", """
                {"version": %d, "answers": [{"section": "Email", "criterion": "Accurate", "value": %d}]}""".formatted(draft.getInt("version"), value)),
                200);
        ok(api().post("api/quality/reviews/" + id + "/submit", "{\"version\": " + rated.getInt("version") + "}"), 200);
        return id;
    }

    @Test
    void aTeamLeadGathersEverythingAboutAnAgentAndRecordsTheSession() throws InterruptedException {
        Instant start = Instant.now().minusSeconds(5);
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"Feedback %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(UUID.randomUUID())));
        long agent = agent(team);
        long reviewer = agent(team);
        long lead = agent(team);
        long arbitrator = agent(team);
        Instant shiftStart = Instant.now();
        ok(api().post("api/agents/" + agent + "/status", "{\"status\": \"AVAILABLE\"}"), 200);
        JsonObject shift = ok(
                api().post(
                                "api/agents/" + agent + "/shifts",
                                "{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}"
                                        .formatted(shiftStart, shiftStart.plusSeconds(8 * 3600))),
                201);
        assertThat(api().post(
                                "api/agents/" + agent + "/shifts",
                                "{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}"
                                        .formatted(shiftStart.plusSeconds(3600), shiftStart.plusSeconds(7200)))
                        .status())
                .as("shifts of one agent never overlap")
                .isEqualTo(400);
        Thread.sleep(2_000); // two seconds on shift and available, for adherence to measure
        assertThat(api().get("api/agents/" + agent + "/shifts?from=" + start).jsonList())
                .extracting(s -> s.getJsonNumber("id").longValue())
                .containsExactly(shift.getJsonNumber("id").longValue());
        String scorecard = "Feedback card " + UUID.randomUUID();
        ok(api().post("api/quality/scorecards", """
                {"name": "%s", "passMark": 80, "sections": [{"name": "Email", "weight": 100, "criteria": [
                   {"name": "Accurate", "weight": 100}]}]}""".formatted(scorecard)), 201);
        String contact =
                "{\"channel\": \"EMAIL\", \"agentId\": %d, \"arrivedAt\": \"%s\"}".formatted(agent, Instant.now());
        long good = review(id(api().post("api/contacts", contact)), reviewer, scorecard, 1);
        long bad = review(id(api().post("api/contacts", contact)), reviewer, scorecard, 0);
        ok(
                api().post(
                                "api/quality/acknowledgements",
                                "{\"reviewId\": %d, \"agentId\": %d}".formatted(good, agent)),
                201);
        JsonObject dispute = ok(api().post("api/quality/disputes", """
                {"reviewId": %d, "agentId": %d, "comment": "the answer was right"}""".formatted(bad, agent)), 201);
        ok(
                api().post("api/quality/disputes/" + dispute.getJsonNumber("id") + "/decision", """
                {"version": %d, "arbitratorId": %d, "outcome": "UPHELD", "reason": "the refund amount was wrong"}""".formatted(
                                dispute.getInt("version"), arbitrator)),
                200);
        assertThat(api().post(
                                "api/quality/feedback/agents/" + agent + "/observations",
                                "{\"authorId\": %d, \"note\": \"notes\"}".formatted(agent))
                        .status())
                .as("nobody observes themselves")
                .isEqualTo(400);
        ok(
                api().post(
                                "api/quality/feedback/agents/" + agent + "/observations",
                                "{\"authorId\": %d, \"note\": \"calm with an angry customer\"}".formatted(lead)),
                201);

        JsonObject packet = api().get("api/quality/feedback/agents/" + agent + "?from=" + start)
                .json();

        assertThat(packet.getJsonArray("reviews").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("reviewId").longValue(), r -> r.getString("answer"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(good, "ACKNOWLEDGED"),
                        org.assertj.core.groups.Tuple.tuple(bad, "UPHELD"));
        assertThat(packet.getJsonObject("passRate").getInt("count")).isEqualTo(1);
        assertThat(packet.getJsonObject("passRate").getInt("of")).isEqualTo(2);
        assertThat(packet.getJsonArray("coaching")).hasSize(1);
        assertThat(packet.getJsonArray("observations").getJsonObject(0).getString("note"))
                .isEqualTo("calm with an angry customer");
        assertThat(packet.getJsonObject("secondsByStatus").keySet()).contains("AVAILABLE");
        JsonObject adherence = packet.getJsonObject("adherence");
        assertThat(adherence.getJsonNumber("scheduledSeconds").longValue()).isPositive();
        assertThat(adherence.getJsonNumber("adherence").doubleValue()).isBetween(0.5, 1.0);
        assertThat(api().get("api/agents/" + agent + "/adherence?from=" + start)
                        .json()
                        .getJsonNumber("adheringSeconds")
                        .longValue())
                .isPositive();

        JsonObject session =
                ok(api().post("api/quality/feedback/sessions", """
                {"agentId": %d, "leadId": %d, "from": "%s", "to": "%s", "notes": "went through both reviews",
                 "actions": "refund policy refresher"}""".formatted(agent, lead, start, Instant.now())), 201);
        assertThat(api().get("api/quality/feedback/sessions?agentId=" + agent).jsonList())
                .extracting(s -> s.getJsonNumber("id").longValue())
                .containsExactly(session.getJsonNumber("id").longValue());
    }
}
