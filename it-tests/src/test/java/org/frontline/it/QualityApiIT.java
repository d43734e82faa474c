package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** QA's calculators through REST: sample size, Wilson intervals, and a review form's score preview. */
@ExtendWith(ArquillianExtension.class)
class QualityApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    @Test
    void givesTheSampleSizeForAMarginOfErrorWithAndWithoutAPopulation() {
        JsonObject unlimited = api().post("api/quality/sample-size", "{\"marginOfError\": 0.05}")
                .json();
        assertThat(unlimited.getInt("sampleSize")).isEqualTo(385);

        JsonObject corrected = api().post(
                        "api/quality/sample-size",
                        "{\"marginOfError\": 0.05, \"confidence\": 0.95, \"population\": 1000}")
                .json();
        assertThat(corrected.getInt("sampleSize")).isEqualTo(278);
        assertThat(corrected.getInt("unlimitedSampleSize")).isEqualTo(385);

        HttpApi.Reply certain = api().post("api/quality/sample-size", "{\"marginOfError\": 0.05, \"confidence\": 1.5}");
        assertThat(certain.status()).isEqualTo(400);
        assertThat(certain.contentType()).startsWith("application/problem+json");
        assertThat(certain.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("confidence");
    }

    @Test
    void sharesAStratifiedSampleAmongAgents() {
        HttpApi.Reply reply = api().post("api/quality/allocation", """
                {"sampleSize": 100, "allocation": "NEYMAN", "strata": [
                  {"name": "Ana", "size": 500, "deviation": 10}, {"name": "Ben", "size": 300, "deviation": 20},
                  {"name": "Eva", "size": 200, "deviation": 40}]}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.jsonList()).extracting(s -> s.getInt("sample")).containsExactly(26, 32, 42);
        assertThat(reply.jsonList().get(2).getJsonNumber("inclusionProbability").doubleValue())
                .isEqualTo(0.21);

        HttpApi.Reply tooMany = api().post(
                        "api/quality/allocation",
                        "{\"sampleSize\": 20, \"strata\": [{\"name\": \"Ana\", \"size\": 10}]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getString("detail")).contains("population's 10 contacts");
    }

    @Test
    void saysHowUncertainASmallSampleIs() {
        JsonObject bob =
                api().get("api/quality/proportion?successes=2&trials=2").json();
        assertThat(bob.getJsonNumber("estimate").doubleValue()).isEqualTo(1.0);
        assertThat(bob.getJsonNumber("lower").doubleValue()).isCloseTo(0.3424, within(1e-4));

        assertThat(api().get("api/quality/proportion?successes=3&trials=2").status())
                .isEqualTo(400);
        assertThat(api().get("api/quality/proportion?successes=two&trials=2").status())
                .isEqualTo(400);
    }

    private static String scorecard(String name, int complianceWeight) {
        return """
                {"name": "%s", "passMark": 80, "sections": [
                  {"name": "Opening", "weight": 20, "criteria": [
                     {"name": "Greeting", "weight": 50}, {"name": "Verified identity", "weight": 50, "critical": "REVIEW"}]},
                  {"name": "Resolution", "weight": 50, "criteria": [
                     {"name": "Understood the need", "weight": 40, "scale": "ONE_TO_FIVE"},
                     {"name": "Correct answer", "weight": 60, "scale": "ZERO_TO_TEN"},
                     {"name": "Extra mile", "weight": 10, "bonus": true}]},
                  {"name": "Compliance", "weight": %d, "criteria": [
                     {"name": "Disclosure read", "weight": 70, "critical": "SECTION"},
                     {"name": "Disposition recorded", "weight": 30}]}]}""".formatted(name, complianceWeight);
    }

    private static final String ANSWERS = """
            "answers": [
              {"section": "Opening", "criterion": "Greeting", "value": 1},
              {"section": "Opening", "criterion": "Verified identity", "value": 1},
              {"section": "Resolution", "criterion": "Understood the need", "value": 4},
              {"section": "Resolution", "criterion": "Correct answer", "value": 8},
              {"section": "Resolution", "criterion": "Extra mile", "value": 1},
              {"section": "Compliance", "criterion": "Disclosure read", "value": 1},
              {"section": "Compliance", "criterion": "Disposition recorded", "na": true}]""";

    @Test
    void scoresAReviewFormAgainstAScorecardGivenInline() {
        HttpApi.Reply reply = api().post(
                        "api/quality/scorecards/preview",
                        "{\"scorecard\": " + scorecard("Inline", 30) + ", " + ANSWERS + "}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        // Opening 100, Resolution 78 + 10 bonus = 88, Compliance 70 of 70 = 100: (2000 + 4400 + 3000) / 100 = 94.
        assertThat(reply.json().getJsonNumber("total").doubleValue()).isCloseTo(94.0, within(1e-9));
        assertThat(reply.json().getBoolean("passed")).isTrue();

        HttpApi.Reply lopsided = api().post(
                        "api/quality/scorecards/preview",
                        "{\"scorecard\": " + scorecard("Inline", 40) + ", " + ANSWERS + "}");
        assertThat(lopsided.status()).isEqualTo(400);
        assertThat(lopsided.json().getString("detail")).contains("section weights must add up to 100, not 110");
    }

    @Test
    void keepsEveryVersionOfAScorecardAndScoresAgainstTheOneAsked() {
        String name = "Phone " + UUID.randomUUID();
        HttpApi.Reply first = api().post("api/quality/scorecards", scorecard(name, 30));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().getInt("version")).isEqualTo(1);
        HttpApi.Reply second = api().post(
                        "api/quality/scorecards", scorecard(name, 30).replace("\"passMark\": 80", "\"passMark\": 95"));
        assertThat(second.json().getInt("version")).isEqualTo(2);
        assertThat(second.json().getJsonArray("sections")).hasSize(3);

        String path = "api/quality/scorecards/" + name.replace(" ", "%20");
        assertThat(api().get(path).json().getInt("version")).isEqualTo(2);
        assertThat(api().get(path + "/versions/1")
                        .json()
                        .getJsonNumber("passMark")
                        .doubleValue())
                .isEqualTo(80.0);
        assertThat(api().get(path + "/versions/3").status()).isEqualTo(404);

        String asked = "{\"scorecardName\": \"%s\", %%s %s}".formatted(name, ANSWERS);
        assertThat(api().post("api/quality/scorecards/preview", asked.formatted(""))
                        .json()
                        .getBoolean("passed"))
                .as("94 is below version 2's pass mark of 95")
                .isFalse();
        assertThat(api().post("api/quality/scorecards/preview", asked.formatted("\"scorecardVersion\": 1,"))
                        .json()
                        .getBoolean("passed"))
                .isTrue();
    }
}
