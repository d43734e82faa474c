package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A calibration session through REST: blind scores by three raters (one the expert), kept apart from production
 * reviews, then the agreement report (alpha, kappa, ICC with intervals, bias, disagreement), closing and the trend.
 */
@ExtendWith(ArquillianExtension.class)
class CalibrationApiIT {

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
                {"name": "Calibrator %s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "EMAIL", "proficiency": 3}], "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team)));
    }

    /** Starts, rates and submits a rater's score of a contact: greeting yes/no, empathy 1-5. */
    private long score(long session, long contact, long rater, int greeting, int empathy) {
        JsonObject draft = ok(
                api().post(
                                "api/quality/calibrations/" + session + "/reviews",
                                "{\"contactId\": %d, \"reviewerId\": %d}".formatted(contact, rater)),
                201);
        assertThat(draft.getJsonNumber("calibrationId").longValue()).isEqualTo(session);
        long id = draft.getJsonNumber("id").longValue();
        JsonObject rated = ok(
                api().put("api/quality/reviews/" + id + "/ratings", """
                {"version": %d, "answers": [{"section": "Email", "criterion": "Greeting", "value": %d},
                 {"section": "Email", "criterion": "Empathy", "value": %d}]}""".formatted(
                                draft.getInt("version"), greeting, empathy)),
                200);
        ok(api().post("api/quality/reviews/" + id + "/submit", "{\"version\": " + rated.getInt("version") + "}"), 200);
        return id;
    }

    @Test
    void ratersScoreBlindAndTheSessionReportsTheirAgreementBiasAndDisagreements() {
        long team = id(api().post(
                        "api/teams",
                        "{\"name\": \"Calibration %s\", \"serviceFunction\": \"QUALITY_CONTROL\"}"
                                .formatted(UUID.randomUUID())));
        long handler = agent(team);
        long ann = agent(team);
        long bob = agent(team);
        long expert = agent(team);
        long outsider = agent(team);
        String scorecard = "Calibration card " + UUID.randomUUID();
        ok(api().post("api/quality/scorecards", """
                {"name": "%s", "passMark": 70, "sections": [{"name": "Email", "weight": 100, "criteria": [
                   {"name": "Greeting", "weight": 40}, {"name": "Empathy", "weight": 60, "scale": "ONE_TO_FIVE"}]}]}""".formatted(scorecard)), 201);
        List<Long> contacts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            contacts.add(id(api().post(
                            "api/contacts",
                            "{\"channel\": \"EMAIL\", \"agentId\": %d, \"arrivedAt\": \"%s\"}"
                                    .formatted(handler, Instant.now()))));
        }
        String name = "November calibration " + UUID.randomUUID();
        String open = """
                {"name": "%s", "scorecardName": "%s", "contactIds": %s, "raterIds": %s, "expertId": %d}""";

        HttpApi.Reply lonely =
                api().post("api/quality/calibrations", open.formatted(name, scorecard, contacts, List.of(ann), ann));
        assertThat(lonely.status()).isEqualTo(400);
        assertThat(lonely.json().getString("detail")).contains("at least two raters");
        JsonObject session = ok(
                api().post(
                                "api/quality/calibrations",
                                open.formatted(name, scorecard, contacts, List.of(ann, bob, expert), expert)),
                201);
        long id = session.getJsonNumber("id").longValue();
        assertThat(api().post(
                                "api/quality/calibrations/" + id + "/reviews",
                                "{\"contactId\": %d, \"reviewerId\": %d}".formatted(contacts.getFirst(), outsider))
                        .status())
                .as("only the session's raters score")
                .isEqualTo(400);

        // Ann and the expert agree; Bob is harsher on empathy and disagrees on the first contact's greeting.
        int[][] greeting = {{1, 0, 1}, {1, 1, 1}, {0, 0, 0}, {1, 1, 1}};
        int[][] empathy = {{5, 3, 5}, {4, 2, 4}, {2, 1, 2}, {3, 2, 3}};
        long[] raters = {ann, bob, expert};
        long annFirst = score(id, contacts.getFirst(), ann, greeting[0][0], empathy[0][0]);
        long bobFirst = ok(
                        api().post(
                                        "api/quality/calibrations/" + id + "/reviews",
                                        "{\"contactId\": %d, \"reviewerId\": %d}".formatted(contacts.getFirst(), bob)),
                        201)
                .getJsonNumber("id")
                .longValue();
        assertThat(api().get("api/quality/reviews/" + annFirst + "?viewerId=" + bob)
                        .status())
                .as("Bob is blind to Ann's score until he submits his own")
                .isEqualTo(404);
        JsonObject bobDraft = api().get("api/quality/reviews/" + bobFirst + "?viewerId=" + bob)
                .json();
        JsonObject bobRated = ok(
                api().put("api/quality/reviews/" + bobFirst + "/ratings", """
                {"version": %d, "answers": [{"section": "Email", "criterion": "Greeting", "value": 0},
                 {"section": "Email", "criterion": "Empathy", "value": 3}]}""".formatted(bobDraft.getInt("version"))),
                200);
        ok(
                api().post(
                                "api/quality/reviews/" + bobFirst + "/submit",
                                "{\"version\": " + bobRated.getInt("version") + "}"),
                200);
        assertThat(api().get("api/quality/reviews/" + annFirst + "?viewerId=" + bob)
                        .status())
                .isEqualTo(200);
        score(id, contacts.getFirst(), expert, greeting[0][2], empathy[0][2]);
        for (int c = 1; c < contacts.size(); c++) {
            for (int r = 0; r < raters.length; r++) {
                score(id, contacts.get(c), raters[r], greeting[c][r], empathy[c][r]);
            }
        }
        assertThat(api().post("api/quality/reviews", """
                        {"contactId": %d, "reviewerId": %d, "scorecardName": "%s"}""".formatted(contacts.getFirst(), ann, scorecard))
                        .status())
                .as("a production review of the same contact is apart from the calibration")
                .isEqualTo(201);

        JsonObject report =
                api().get("api/quality/calibrations/" + id + "/report").json();
        assertThat(report.getInt("submitted")).isEqualTo(12);
        assertThat(report.getString("biasReference")).isEqualTo("EXPERT");
        List<JsonObject> criteria = report.getJsonArray("criteria").getValuesAs(JsonObject.class);
        assertThat(criteria).extracting(c -> c.getString("level")).containsExactly("NOMINAL", "ORDINAL");
        JsonObject empathyAlpha = criteria.get(1).getJsonObject("alpha");
        assertThat(empathyAlpha.getJsonNumber("value").doubleValue()).isBetween(0.0, 1.0);
        assertThat(empathyAlpha.getJsonNumber("lower").doubleValue())
                .isLessThanOrEqualTo(empathyAlpha.getJsonNumber("upper").doubleValue());
        assertThat(report.getJsonObject("intraclassCorrelation").getInt("units"))
                .isEqualTo(4);
        List<JsonObject> bias = report.getJsonArray("raters").getValuesAs(JsonObject.class);
        assertThat(bias)
                .filteredOn(r -> r.getJsonNumber("raterId").longValue() == bob)
                .singleElement()
                .satisfies(
                        r -> assertThat(r.getJsonNumber("bias").doubleValue()).isNegative());
        assertThat(bias)
                .filteredOn(r -> r.getJsonNumber("raterId").longValue() == ann)
                .singleElement()
                .satisfies(
                        r -> assertThat(r.getJsonNumber("bias").doubleValue()).isZero());
        assertThat(report.getJsonArray("disagreements")
                        .getJsonObject(0)
                        .getJsonNumber("contactId")
                        .longValue())
                .isEqualTo(contacts.getFirst());
        assertThat(api().get("api/quality/calibrations/" + id + "/report")
                        .json()
                        .getJsonObject("totalAlpha"))
                .as("the bootstrap is seeded: the same scores give the same interval")
                .isEqualTo(report.getJsonObject("totalAlpha"));

        JsonObject closed = ok(
                api().post(
                                "api/quality/calibrations/" + id + "/close",
                                "{\"version\": " + session.getInt("version") + "}"),
                200);
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(api().post(
                                "api/quality/calibrations/" + id + "/reviews",
                                "{\"contactId\": %d, \"reviewerId\": %d}".formatted(contacts.get(1), outsider))
                        .status())
                .isEqualTo(409);
        assertThat(api().get("api/quality/calibrations/trend?scorecard="
                                + java.net.URLEncoder.encode(scorecard, java.nio.charset.StandardCharsets.UTF_8))
                        .jsonList())
                .singleElement()
                .satisfies(t ->
                        assertThat(t.getJsonNumber("sessionId").longValue()).isEqualTo(id));
    }
}
