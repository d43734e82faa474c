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

/**
 * The reviewed agent's say through REST: acknowledging one review, disputing another with proposed answers, the
 * arbitrator overturning it (a new revision of the review), the refusals, and the hash chain verifying intact.
 */
@ExtendWith(ArquillianExtension.class)
class DisputeApiIT {

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
                {"name": "Disputer %s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "CHAT", "proficiency": 3}], "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team)));
    }

    private static String answers(int greeting, int resolution) {
        return """
                [{"section": "Chat", "criterion": "Greeting", "value": %d},
                 {"section": "Chat", "criterion": "Resolution", "value": %d}]""".formatted(greeting, resolution);
    }

    private JsonObject submittedReview(long contact, long reviewer, String scorecard, int greeting, int resolution) {
        JsonObject draft = ok(api().post("api/quality/reviews", """
                {"contactId": %d, "reviewerId": %d, "scorecardName": "%s"}""".formatted(contact, reviewer, scorecard)), 201);
        long id = draft.getJsonNumber("id").longValue();
        JsonObject rated = ok(
                api().put(
                                "api/quality/reviews/" + id + "/ratings",
                                "{\"version\": %d, \"answers\": %s}"
                                        .formatted(draft.getInt("version"), answers(greeting, resolution))),
                200);
        return ok(
                api().post("api/quality/reviews/" + id + "/submit", "{\"version\": " + rated.getInt("version") + "}"),
                200);
    }

    @Test
    void anAgentAcknowledgesOrDisputesAndTheArbitratorsDecisionRevisesTheReview() {
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"Disputes %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(UUID.randomUUID())));
        long handler = agent(team);
        long reviewer = agent(team);
        long arbitrator = agent(team);
        String scorecard = "Dispute card " + UUID.randomUUID();
        ok(api().post("api/quality/scorecards", """
                {"name": "%s", "passMark": 75, "sections": [{"name": "Chat", "weight": 100, "criteria": [
                   {"name": "Greeting", "weight": 50}, {"name": "Resolution", "weight": 50}]}]}""".formatted(scorecard)), 201);
        String contact =
                "{\"channel\": \"CHAT\", \"agentId\": %d, \"arrivedAt\": \"%s\"}".formatted(handler, Instant.now());
        long first = id(api().post("api/contacts", contact));
        long second = id(api().post("api/contacts", contact));
        JsonObject harsh = submittedReview(first, reviewer, scorecard, 0, 1);
        JsonObject fair = submittedReview(second, reviewer, scorecard, 1, 1);
        long harshId = harsh.getJsonNumber("id").longValue();
        assertThat(harsh.getBoolean("passed")).isFalse();

        ok(
                api().post("api/quality/acknowledgements", """
                {"reviewId": %d, "agentId": %d, "comment": "thanks"}""".formatted(
                                fair.getJsonNumber("id").longValue(), handler)),
                201);

        HttpApi.Reply stranger = api().post("api/quality/disputes", """
                {"reviewId": %d, "agentId": %d, "comment": "not mine"}""".formatted(harshId, reviewer));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().getString("detail")).contains("only an agent who handled contact " + first);
        assertThat(api().post("api/quality/disputes", """
                        {"reviewId": %d, "agentId": %d}""".formatted(harshId, handler))
                        .status())
                .as("a dispute says what is wrong")
                .isEqualTo(400);
        JsonObject dispute =
                ok(api().post("api/quality/disputes", """
                {"reviewId": %d, "agentId": %d, "comment": "I greeted the customer at 00:04", "answers": %s}""".formatted(harshId, handler, answers(1, 1))), 201);
        long disputeId = dispute.getJsonNumber("id").longValue();
        assertThat(dispute.getString("state")).isEqualTo("OPEN");
        assertThat(api().post("api/quality/acknowledgements", """
                        {"reviewId": %d, "agentId": %d}""".formatted(harshId, handler))
                        .status())
                .as("a review is answered once")
                .isEqualTo(409);
        assertThat(api().get("api/quality/disputes?state=OPEN").jsonList())
                .anyMatch(d -> d.getJsonNumber("id").longValue() == disputeId);

        String decision = "{\"version\": %d, \"arbitratorId\": %d, \"outcome\": \"OVERTURNED\", \"reason\": \"%s\"}";
        HttpApi.Reply byReviewer = api().post(
                        "api/quality/disputes/" + disputeId + "/decision",
                        decision.formatted(dispute.getInt("version"), reviewer, "mine"));
        assertThat(byReviewer.status()).isEqualTo(400);
        assertThat(byReviewer.json().getString("detail")).contains("neither the reviewer nor the agent");
        JsonObject decided = ok(
                api().post(
                                "api/quality/disputes/" + disputeId + "/decision",
                                decision.formatted(
                                        dispute.getInt("version"), arbitrator, "the recording shows the greeting")),
                200);

        assertThat(decided.getString("outcome")).isEqualTo("OVERTURNED");
        long revisionId = decided.getJsonNumber("resultingReviewId").longValue();
        JsonObject revision = api().get("api/quality/reviews/" + revisionId + "?viewerId=" + reviewer)
                .json();
        assertThat(revision.getJsonNumber("supersedes").longValue()).isEqualTo(harshId);
        assertThat(revision.getBoolean("passed")).isTrue();
        assertThat(revision.getString("revisionReason"))
                .contains("dispute " + disputeId + " OVERTURNED")
                .contains("the recording shows the greeting");
        assertThat(api().post(
                                "api/quality/disputes/" + disputeId + "/decision",
                                decision.formatted(decided.getInt("version"), arbitrator, "again"))
                        .status())
                .isEqualTo(409);

        // This test's records and everything chained after them (the database may hold older runs' entries).
        JsonObject receipt =
                api().get("api/quality/ledger/entries/REVIEW/" + harshId).json();
        assertThat(receipt.getString("payload")).startsWith("review " + harshId + "\n");
        assertThat(api().get("api/quality/ledger/entries/DISPUTE/" + disputeId)
                        .json()
                        .getString("payload"))
                .contains("outcome OVERTURNED");
        JsonObject chain = api().get("api/quality/ledger/verification?from=" + receipt.getJsonNumber("position"))
                .json();
        assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
        assertThat(chain.getJsonNumber("entries").longValue()).isGreaterThanOrEqualTo(4);
    }
}
