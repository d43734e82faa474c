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

/** Reviews through REST: drafts, submission and locking, blind grading, revisions with reasons, refusals. */
@ExtendWith(ArquillianExtension.class)
class ReviewApiIT {

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
                {"name": "QA %s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "CHAT", "proficiency": 3}], "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team)));
    }

    private static String answers(long version, int greeting, int resolution, String extra) {
        return """
                {"version": %d, %s "answers": [
                  {"section": "Handling", "criterion": "Greeting", "value": %d, "comment": "said hello"},
                  {"section": "Handling", "criterion": "Resolution", "value": %d}]}""".formatted(version, extra, greeting, resolution);
    }

    private JsonObject put(String path, String json) {
        HttpApi.Reply reply = api().put(path, json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonObject post(String path, String json, int status) {
        HttpApi.Reply reply = api().post(path, json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    @Test
    void reviewersScoreBlindSubmitAndReviseWithAReason() {
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"QA %s\", \"serviceFunction\": \"QUALITY_CONTROL\"}"
                                .formatted(UUID.randomUUID())));
        long handler = agent(team);
        long analyst = agent(team);
        long lead = agent(team);
        String scorecard = "Chat " + UUID.randomUUID();
        post("api/quality/scorecards", """
                {"name": "%s", "passMark": 75, "sections": [{"name": "Handling", "weight": 100, "criteria": [
                   {"name": "Greeting", "weight": 50}, {"name": "Resolution", "weight": 50, "scale": "ONE_TO_FIVE"}]}]}""".formatted(scorecard), 201);
        long contact = id(api().post(
                        "api/contacts",
                        "{\"channel\": \"CHAT\", \"agentId\": %d, \"arrivedAt\": \"%s\"}"
                                .formatted(handler, Instant.now())));
        String start = "{\"contactId\": %d, \"reviewerId\": %d, \"scorecardName\": \"" + scorecard + "\"}";

        HttpApi.Reply own = api().post("api/quality/reviews", start.formatted(contact, handler));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().getString("detail")).contains("nobody reviews their own contact");

        JsonObject mine = post("api/quality/reviews", start.formatted(contact, analyst), 201);
        JsonObject theirs = post("api/quality/reviews", start.formatted(contact, lead), 201);
        assertThat(mine.getString("state")).isEqualTo("DRAFT");
        assertThat(api().post("api/quality/reviews", start.formatted(contact, analyst))
                        .status())
                .as("one review per reviewer and contact")
                .isEqualTo(409);
        long mineId = mine.getJsonNumber("id").longValue();
        long theirsId = theirs.getJsonNumber("id").longValue();

        JsonObject rated = put("api/quality/reviews/" + mineId + "/ratings", answers(mine.getInt("version"), 1, 5, ""));
        JsonObject submitted = post(
                "api/quality/reviews/" + mineId + "/submit", "{\"version\": " + rated.getInt("version") + "}", 200);
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.getJsonNumber("total").doubleValue()).isEqualTo(100.0);
        assertThat(api().put(
                                "api/quality/reviews/" + mineId + "/ratings",
                                answers(submitted.getInt("version"), 0, 1, ""))
                        .status())
                .as("a submitted review is locked")
                .isEqualTo(409);

        JsonObject leadSees = api().get("api/quality/reviews?contactId=" + contact + "&viewerId=" + lead)
                .json();
        assertThat(leadSees.getJsonArray("reviews")).hasSize(1);
        assertThat(leadSees.getInt("hidden"))
                .as("the analyst's score, until the lead submits")
                .isEqualTo(1);
        assertThat(api().get("api/quality/reviews/" + mineId + "?viewerId=" + lead)
                        .status())
                .isEqualTo(404);

        JsonObject leadRated =
                put("api/quality/reviews/" + theirsId + "/ratings", answers(theirs.getInt("version"), 0, 3, ""));
        JsonObject leadSubmitted = post(
                "api/quality/reviews/" + theirsId + "/submit",
                "{\"version\": " + leadRated.getInt("version") + "}",
                200);
        // Greeting 0 + Resolution 50 × (3−1)/4 = 25 of 100 → 25 < 75: failed.
        assertThat(leadSubmitted.getJsonNumber("total").doubleValue()).isEqualTo(25.0);
        assertThat(leadSubmitted.getBoolean("passed")).isFalse();
        assertThat(api().get("api/quality/reviews?contactId=" + contact + "&viewerId=" + lead)
                        .json()
                        .getInt("hidden"))
                .isZero();

        assertThat(api().post(
                                "api/quality/reviews/" + mineId + "/revise",
                                answers(submitted.getInt("version"), 1, 3, ""))
                        .status())
                .as("a revision needs a reason")
                .isEqualTo(400);
        JsonObject revised = post(
                "api/quality/reviews/" + mineId + "/revise",
                answers(submitted.getInt("version"), 1, 3, "\"reason\": \"calibrated with the lead\","),
                201);
        assertThat(revised.getInt("revision")).isEqualTo(2);
        assertThat(revised.getJsonNumber("supersedes").longValue()).isEqualTo(mineId);
        assertThat(revised.getJsonNumber("total").doubleValue()).isEqualTo(75.0);
        assertThat(api().get("api/quality/reviews/" + mineId + "/revisions?viewerId=" + analyst)
                        .jsonList())
                .extracting(r -> r.getJsonNumber("total").doubleValue())
                .containsExactly(100.0, 75.0);
        assertThat(api().post(
                                "api/quality/reviews/" + mineId + "/revise",
                                answers(submitted.getInt("version"), 1, 1, "\"reason\": \"again\","))
                        .status())
                .as("the superseded revision cannot be revised (nor its stale version used)")
                .isEqualTo(409);
    }

    @Test
    void aWholeCaseIsReviewedByNoneOfItsAgentsAndEachOfThemIsCoachedAndMayDisputeIt() {
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"QA case %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(UUID.randomUUID())));
        long first = agent(team);
        long second = agent(team);
        long analyst = agent(team);
        String scorecard = "Case card " + UUID.randomUUID();
        post("api/quality/scorecards", """
                {"name": "%s", "passMark": 75, "sections": [{"name": "Handling", "weight": 100, "criteria": [
                   {"name": "Greeting", "weight": 50}, {"name": "Resolution", "weight": 50, "scale": "ONE_TO_FIVE"}]}]}""".formatted(scorecard), 201);
        long customer = id(api().post("api/customers", "{\"name\": \"Case QA " + UUID.randomUUID() + "\"}"));
        long caseId = id(api().post(
                        "api/cases",
                        "{\"customerId\": %d, \"subject\": \"Refund thread\", \"type\": \"incident\"}"
                                .formatted(customer)));
        for (long agent : new long[] {first, second}) {
            id(api().post(
                            "api/contacts",
                            "{\"channel\": \"CHAT\", \"agentId\": %d, \"caseId\": %d, \"arrivedAt\": \"%s\"}"
                                    .formatted(agent, caseId, Instant.now())));
        }
        String start = "{\"caseId\": %d, \"reviewerId\": %d, \"scorecardName\": \"%s\"}";

        HttpApi.Reply own = api().post("api/quality/reviews", start.formatted(caseId, second, scorecard));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().getString("detail")).contains("handled case " + caseId);
        assertThat(api().post(
                                "api/quality/reviews",
                                "{\"reviewerId\": %d, \"scorecardName\": \"%s\"}".formatted(analyst, scorecard))
                        .status())
                .as("a review names a contact or a case")
                .isEqualTo(400);
        JsonObject draft = post("api/quality/reviews", start.formatted(caseId, analyst, scorecard), 201);
        assertThat(draft.getJsonNumber("caseId").longValue()).isEqualTo(caseId);
        assertThat(draft.containsKey("contactId")).isFalse();
        long review = draft.getJsonNumber("id").longValue();
        JsonObject rated =
                put("api/quality/reviews/" + review + "/ratings", answers(draft.getInt("version"), 0, 2, ""));
        post("api/quality/reviews/" + review + "/submit", "{\"version\": " + rated.getInt("version") + "}", 200);

        assertThat(api().get("api/quality/reviews?caseId=" + caseId + "&viewerId=" + analyst)
                        .json()
                        .getJsonArray("reviews"))
                .hasSize(1);
        assertThat(api().get("api/quality/coaching?teamId=" + team).jsonList())
                .extracting(t -> t.getJsonNumber("agentId").longValue())
                .as("every agent of the case is coached")
                .contains(first, second);
        JsonObject dispute = post("api/quality/disputes", """
                {"reviewId": %d, "agentId": %d, "comment": "the customer was greeted in the first message"}""".formatted(review, second), 201);
        assertThat(dispute.getJsonNumber("caseId").longValue()).isEqualTo(caseId);
    }
}
