package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staffing through REST: Erlang C and A answers, "what if n agents", a week plan from past contacts, and bad input as
 * problems.
 */
@ExtendWith(ArquillianExtension.class)
class StaffingApiIT {

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
    void erlangCStaffsAnIntervalAndAnswersWhatIf() {
        HttpApi.Reply reply = api().post("api/staffing/erlang-c", """
                {"arrivals": 360, "averageHandleSeconds": 240, "serviceLevel": 0.8, "thresholdSeconds": 20,
                 "shrinkage": 0.3, "agents": 48}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject plan = reply.json();
        assertThat(plan.getJsonNumber("traffic").doubleValue()).isEqualTo(48.0);
        assertThat(plan.getInt("requiredAgents")).isEqualTo(54);
        assertThat(plan.getInt("scheduledAgents")).isEqualTo(78);
        assertThat(plan.getJsonObject("atRequired")
                        .getJsonNumber("serviceLevel")
                        .doubleValue())
                .isCloseTo(0.8172, within(1e-4));
        JsonObject understaffed = plan.getJsonObject("atAgents");
        assertThat(understaffed.getBoolean("queueGrowsWithoutBound")).isTrue();
        assertThat(understaffed.containsKey("averageSpeedOfAnswerSeconds")).isFalse();
    }

    @Test
    void erlangAAlsoMeetsAnAbandonmentCap() {
        HttpApi.Reply reply = api().post("api/staffing/erlang-a", """
                {"arrivals": 360, "averageHandleSeconds": 240, "patienceSeconds": 60, "maxAbandonment": 0.02}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject atRequired = reply.json().getJsonObject("atRequired");
        assertThat(atRequired.getJsonNumber("abandonment").doubleValue()).isLessThanOrEqualTo(0.02);
        assertThat(atRequired.getJsonNumber("serviceLevel").doubleValue()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void plansAWeekFromThePastWeeksContacts() {
        LocalDate monday = LocalDate.of(1995, 1, 2).plusWeeks(new SplittableRandom().nextInt(1_200));
        calls(monday.atTime(10, 5).toInstant(ZoneOffset.UTC), 6);
        calls(monday.plusWeeks(1).atTime(10, 5).toInstant(ZoneOffset.UTC), 10);

        HttpApi.Reply reply = api().get("api/staffing/week-plan?timeZone=UTC&channel=phone&weeks=2&until="
                + monday.plusWeeks(2) + "&shrinkage=0.3");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> intervals = reply.json().getJsonArray("intervals").getValuesAs(JsonObject.class);
        assertThat(intervals).hasSize(336);
        JsonObject ten = intervals.get(20);
        assertThat(ten.getString("day")).isEqualTo("MONDAY");
        assertThat(ten.getString("start")).isEqualTo("10:00");
        assertThat(ten.getJsonNumber("forecastArrivals").doubleValue()).isEqualTo(8.0);
        assertThat(ten.getJsonNumber("averageHandleSeconds").doubleValue()).isEqualTo(300.0);
        assertThat(ten.getInt("requiredAgents")).isPositive();
        assertThat(ten.getInt("scheduledAgents")).isGreaterThan(ten.getInt("requiredAgents"));
        assertThat(intervals.get(21).getJsonNumber("forecastArrivals").doubleValue())
                .isZero();
    }

    /** Answered phone calls a second apart from {@code first}: 240 s talk and 60 s wrap-up each. */
    private void calls(Instant first, int count) {
        for (int i = 0; i < count; i++) {
            Instant arrived = first.plusSeconds(i);
            HttpApi.Reply created = api().post("api/contacts", """
                    {"channel": "phone", "arrivedAt": "%s", "offeredAt": "%s", "answeredAt": "%s", "endedAt": "%s",
                     "talkSeconds": 240, "holdSeconds": 0, "wrapUpSeconds": 60}""".formatted(
                            arrived, arrived.plusSeconds(2), arrived.plusSeconds(5), arrived.plusSeconds(305)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    @Test
    void setsTheAgentsStatusLogBesideThePlan() {
        long team = api().post(
                        "api/teams",
                        "{\"name\": \"Planned " + UUID.randomUUID() + "\", \"serviceFunction\": \"SUPPORT\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        HttpApi.Reply hired = api().post("api/agents", """
                {"name": "Ada Planned", "email": "ada@example.com", "teamId": %d, "supportTier": "L1",
                 "skills": [{"name": "billing", "proficiency": 3}],
                 "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "phone", "proficiency": 5}], "hireDate": "2024-03-01"}""".formatted(team));
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        long agent = hired.json().getJsonNumber("id").longValue();
        for (String status : List.of("AVAILABLE", "AWAY", "OFFLINE")) {
            HttpApi.Reply changed = api().post("api/agents/" + agent + "/status", "{\"status\": \"" + status + "\"}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        }
        LocalDate nextMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        JsonObject plan =
                api().get("api/staffing/week-plan?weeks=1&until=" + nextMonday).json();

        assertThat(plan.getJsonNumber("actualLoggedInHours").doubleValue()).isPositive();
    }

    @Test
    void aWeekPlanWithAnUnknownTimeZoneIsAProblem() {
        HttpApi.Reply reply = api().get("api/staffing/week-plan?timeZone=Mars/Olympus&weeks=2");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("timeZone");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        HttpApi.Reply negative = api().post("api/staffing/erlang-c", """
                {"arrivals": -5, "averageHandleSeconds": 240}""");
        HttpApi.Reply target = api().post("api/staffing/erlang-c", """
                {"arrivals": 360, "averageHandleSeconds": 240, "serviceLevel": 1.5}""");
        HttpApi.Reply infeasible = api().post("api/staffing/erlang-c", """
                {"arrivals": 360, "averageHandleSeconds": 240, "maxOccupancy": 0.01}""");
        HttpApi.Reply noPatience = api().post("api/staffing/erlang-a", """
                {"arrivals": 360, "averageHandleSeconds": 240}""");
        HttpApi.Reply missing = api().post("api/staffing/erlang-c", "{\"arrivals\": 360}");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.body()).contains("arrivals");
        assertThat(target.body()).contains("serviceLevel");
        assertThat(infeasible.status()).isEqualTo(400);
        assertThat(infeasible.body()).contains("maxOccupancy");
        assertThat(noPatience.status()).isEqualTo(400);
        assertThat(noPatience.body()).contains("patienceSeconds");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("averageHandleSeconds");
    }
}
