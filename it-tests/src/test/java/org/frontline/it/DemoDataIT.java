package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo centre a first start on the embedded database loads (PostgreSQL starts empty, so only the H2 run checks). */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "frontline.it.database", matches = "H2", disabledReason = "demo data loads on H2 only")
class DemoDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private long total(String path) {
        HttpApi.Reply reply = new HttpApi(base).get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("totalItems").longValue();
    }

    @Test
    void holdsCasesAtEveryStageOfTheirLife() {
        long stillWorked = Stream.of("NEW", "OPEN", "PENDING", "REOPENED")
                .mapToLong(status -> total("api/cases?size=1&status=" + status))
                .sum();

        assertThat(total("api/cases?status=CLOSED&size=1")).isGreaterThan(300);
        assertThat(total("api/cases?status=RESOLVED&size=1"))
                .as("resolved in the last five days")
                .isPositive();
        assertThat(stillWorked)
                .as("whatever the time of day, some cases are being worked")
                .isPositive();
        assertThat(total("api/cases?tier=L2&size=1")).isPositive();
        assertThat(total("api/contacts?size=1")).isGreaterThan(25_000);
    }

    @Test
    void incidentsOfAKnownErrorShowItsWorkaround() {
        JsonObject problem = new HttpApi(base)
                .get("api/problems?status=KNOWN_ERROR")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        JsonObject incident = new HttpApi(base)
                .get("api/problems/" + problem.getJsonNumber("id") + "/incidents?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);

        JsonObject shown = new HttpApi(base)
                .get("api/cases/" + incident.getJsonNumber("id"))
                .json();

        assertThat(shown.getString("type")).isEqualTo("INCIDENT");
        assertThat(shown.getString("knownErrorWorkaround")).isEqualTo(problem.getString("workaround"));
        assertThat(total("api/problems?status=RESOLVED&size=1")).isPositive();
    }

    @Test
    void holdsAKnowledgeBaseAgentsCanSearchInFourLanguages() {
        JsonObject english = new HttpApi(base)
                .get("api/articles/search?q=reset+pasword&language=en")
                .json();
        JsonObject german = new HttpApi(base)
                .get("api/articles/search?q=passwort+vergessen&language=de")
                .json();

        assertThat(total("api/articles?status=PUBLISHED&size=1")).isGreaterThan(150);
        assertThat(english.getJsonArray("items").getJsonObject(0).getString("title"))
                .isEqualTo("Reset your password");
        assertThat(german.getJsonArray("items").getJsonObject(0).getString("title"))
                .isEqualTo("Passwort zurücksetzen");
    }

    @Test
    void plansAWeekBesideTheStaffTheStatusLogShows() {
        JsonObject plan = new HttpApi(base)
                .get("api/staffing/week-plan?weeks=4&until=" + LocalDate.now(ZoneOffset.UTC))
                .json();

        assertThat(plan.getJsonNumber("scheduledHours").doubleValue()).isPositive();
        assertThat(plan.getJsonNumber("actualLoggedInHours").doubleValue())
                .as("four weeks of demo shifts")
                .isGreaterThan(100);
    }

    @Test
    void showsHowTheKnowledgeBaseIsUsed() {
        JsonObject mostLinked = new HttpApi(base)
                .get("api/articles/effectiveness?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        JsonObject gaps = new HttpApi(base).get("api/articles/content-gaps").json();
        JsonObject stale = new HttpApi(base).get("api/articles/stale").json();

        assertThat(mostLinked.getInt("links")).isGreaterThan(5);
        assertThat(mostLinked.getJsonObject("resolutionRate").getInt("outOf")).isPositive();
        assertThat(mostLinked.getJsonObject("helpfulVotes").getInt("outOf")).isPositive();
        assertThat(gaps.getJsonNumber("searches").longValue())
                .as("a month of demo searches")
                .isGreaterThan(300);
        assertThat(gaps.getJsonArray("noResult").size()
                        + gaps.getJsonArray("lowClick").size())
                .isPositive();
        assertThat(stale.getJsonNumber("totalItems").longValue()).isPositive();
    }

    @Test
    void showsWhatCustomersContactAboutAndHowAgentsFeel() {
        JsonObject repetition = new HttpApi(base).get("api/kpis/repetition").json();

        assertThat(repetition.getInt("topicCount")).as("the demo reason codes").isGreaterThanOrEqualTo(10);
        assertThat(repetition.getJsonNumber("fromNewAccounts").longValue())
                .as("customers whose account opened lately")
                .isPositive();
        assertThat(repetition.getJsonArray("series").size()).isEqualTo(10);
        JsonObject demoSurvey = new HttpApi(base)
                        .get("api/workforce/pulse-surveys?size=100")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(survey -> survey.getString("question").startsWith("How satisfied are you"))
                        .findFirst()
                        .orElseThrow();
        JsonObject centre = new HttpApi(base)
                .get("api/workforce/pulse-surveys/" + demoSurvey.getJsonNumber("id") + "/results")
                .jsonList()
                .get(0);
        assertThat(centre.getBoolean("shown")).isTrue();
        assertThat(centre.getInt("respondents")).isGreaterThan(20);
        JsonObject kpis = new HttpApi(base).get("api/kpis/report").json();
        assertThat(kpis.getJsonArray("rows")
                        .getJsonObject(0)
                        .getJsonObject("values")
                        .getJsonNumber("cost-per-contact")
                        .doubleValue())
                .as("the demo teams' hourly costs")
                .isPositive();
    }
}
