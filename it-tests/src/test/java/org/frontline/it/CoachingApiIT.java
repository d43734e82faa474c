package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coaching and training through REST: a review with a failed critical item opens a coaching task for the agent's team
 * with its evidence; a confirmed training raises the agent's skill, and routing offers them the contact that was
 * waiting for that level.
 */
@ExtendWith(ArquillianExtension.class)
class CoachingApiIT {

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

    private long agent(long team, String skill, int proficiency) {
        return id(api().post("api/agents", """
                {"name": "Coached %s", "teamId": %d, "supportTier": "L1", "skills": [{"name": "%s", "proficiency": %d}],
                 "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 4}], "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team, skill, proficiency)));
    }

    @Test
    void aFailedCriticalItemOpensACoachingTaskForTheAgentsTeamWithItsEvidence() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"Coaching %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(suffix)));
        long handler = agent(team, "general", 3);
        long reviewer = agent(team, "general", 3);
        long lead = agent(team, "general", 5);
        String scorecard = "Coaching card " + suffix;
        ok(api().post("api/quality/scorecards", """
                {"name": "%s", "passMark": 70, "sections": [{"name": "Call", "weight": 100, "criteria": [
                   {"name": "Verified identity", "weight": 40, "critical": "REVIEW"},
                   {"name": "Empathy", "weight": 40, "scale": "ONE_TO_FIVE"},
                   {"name": "Closing", "weight": 20}]}]}""".formatted(scorecard)), 201);
        long contact = id(api().post(
                        "api/contacts",
                        "{\"channel\": \"PHONE\", \"agentId\": %d, \"arrivedAt\": \"%s\"}"
                                .formatted(handler, Instant.now())));
        JsonObject draft = ok(api().post("api/quality/reviews", """
                {"contactId": %d, "reviewerId": %d, "scorecardName": "%s"}""".formatted(contact, reviewer, scorecard)), 201);
        long review = draft.getJsonNumber("id").longValue();
        JsonObject rated = ok(
                api().put("api/quality/reviews/" + review + "/ratings", """
                {"version": %d, "answers": [
                  {"section": "Call", "criterion": "Verified identity", "value": 0, "comment": "no ID check before the refund"},
                  {"section": "Call", "criterion": "Empathy", "value": 2},
                  {"section": "Call", "criterion": "Closing", "value": 1}]}""".formatted(draft.getInt("version"))), 200);
        ok(
                api().post(
                                "api/quality/reviews/" + review + "/submit",
                                "{\"version\": " + rated.getInt("version") + "}"),
                200);

        List<JsonObject> tasks =
                api().get("api/quality/coaching?teamId=" + team + "&state=OPEN").jsonList();

        assertThat(tasks)
                .extracting(t -> t.getString("criterion"), t -> t.getString("reason"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Verified identity", "CRITICAL_FAILED"),
                        org.assertj.core.groups.Tuple.tuple("Empathy", "LOW_SCORE"));
        JsonObject critical = tasks.stream()
                .filter(t -> t.getString("reason").equals("CRITICAL_FAILED"))
                .findFirst()
                .orElseThrow();
        assertThat(critical.getString("evidence")).isEqualTo("no ID check before the refund");
        assertThat(critical.getJsonNumber("agentId").longValue()).isEqualTo(handler);
        assertThat(critical.getJsonNumber("reviewId").longValue()).isEqualTo(review);
        long taskId = critical.getJsonNumber("id").longValue();
        assertThat(api().post(
                                "api/quality/coaching/" + taskId + "/done",
                                "{\"version\": %d, \"coachId\": %d}".formatted(critical.getInt("version"), lead))
                        .status())
                .as("a coaching note is required")
                .isEqualTo(400);
        JsonObject done = ok(
                api().post("api/quality/coaching/" + taskId + "/done", """
                {"version": %d, "coachId": %d, "note": "walked through the ID policy; will re-check next week"}""".formatted(critical.getInt("version"), lead)),
                200);
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(api().get("api/quality/coaching?agentId=" + handler + "&state=OPEN")
                        .jsonList())
                .hasSize(1);
    }

    @Test
    void aConfirmedTrainingRaisesTheSkillAndRoutingUsesTheNewLevel() throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String skill = "training-" + suffix;
        String queue = "training-queue-" + suffix;
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"Training %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(suffix)));
        long learner = agent(team, skill, 2);
        long lead = agent(team, "general", 5);
        ok(api().post("api/agents/" + learner + "/status", "{\"status\": \"AVAILABLE\"}"), 200);
        ok(
                api().put(
                                "api/routing/queues/" + queue,
                                "{\"skills\": {\"%s\": 1}, \"steps\": [], \"answerTargetSeconds\": 30}"
                                        .formatted(skill)),
                200);
        long contact =
                id(api().post("api/contacts", "{\"channel\": \"PHONE\", \"arrivedAt\": \"" + Instant.now() + "\"}"));
        JsonObject waiting = ok(api().post("api/routing/contacts", """
                {"contactId": %d, "queue": "%s", "language": "en", "skills": {"%s": 4}}""".formatted(contact, queue, skill)), 201);
        assertThat(waiting.getString("state"))
                .as("nobody has the skill at 4 yet")
                .isEqualTo("WAITING");

        assertThat(api().post("api/quality/training", """
                        {"agentId": %d, "course": "Advanced %s", "completedOn": "2026-11-30", "result": "PASSED",
                         "raises": {"skill": "%s", "channel": "PHONE", "level": 4}}""".formatted(learner, skill, skill))
                        .status())
                .as("a course raises a skill or a channel, not both")
                .isEqualTo(400);
        JsonObject record = ok(api().post("api/quality/training", """
                {"agentId": %d, "course": "Advanced %s", "completedOn": "2026-11-30", "result": "PASSED",
                 "raises": {"skill": "%s", "level": 4}}""".formatted(learner, skill, skill)), 201);
        long recordId = record.getJsonNumber("id").longValue();
        assertThat(record.getString("state")).isEqualTo("RECORDED");
        assertThat(api().post(
                                "api/quality/training/" + recordId + "/confirm",
                                "{\"version\": %d, \"leadId\": %d}".formatted(record.getInt("version"), learner))
                        .status())
                .as("nobody confirms their own training")
                .isEqualTo(400);
        JsonObject confirmed = ok(
                api().post(
                                "api/quality/training/" + recordId + "/confirm",
                                "{\"version\": %d, \"leadId\": %d}".formatted(record.getInt("version"), lead)),
                200);

        assertThat(confirmed.getString("state")).isEqualTo("CONFIRMED");
        assertThat(api().get("api/agents/" + learner)
                        .json()
                        .getJsonArray("skills")
                        .getValuesAs(JsonObject.class))
                .filteredOn(s -> s.getString("name").equals(skill))
                .singleElement()
                .satisfies(s -> assertThat(s.getInt("proficiency")).isEqualTo(4));
        JsonObject routed = api().get("api/routing/contacts/" + contact).json();
        for (int i = 0; i < 50 && routed.getString("state").equals("WAITING"); i++) {
            Thread.sleep(200);
            routed = api().get("api/routing/contacts/" + contact).json();
        }
        assertThat(routed.getString("state")).isEqualTo("OFFERED");
        assertThat(routed.getJsonNumber("agentId").longValue()).isEqualTo(learner);
        assertThat(api().get("api/quality/training?agentId=" + learner).jsonList())
                .hasSize(1);
    }
}
