package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Employee metrics through REST: an agent leaving and turnover, a pulse survey, speed to competency. */
@ExtendWith(ArquillianExtension.class)
class WorkforceApiIT {
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
    void aLeaverCountsInTurnoverAndCanNoLongerLogIn() {
        long team = team("Turnover");
        List<Long> agents = List.of(agent(team, "2001-01-01"), agent(team, "2001-01-01"), agent(team, "2001-01-01"));
        long leaver = agents.get(0);

        HttpApi.Reply left = api().post("api/agents/" + leaver + "/leave", """
                {"leftOn": "2002-06-30", "reason": "VOLUNTARY", "version": 0}""");

        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.json().getString("leftOn")).isEqualTo("2002-06-30");
        assertThat(left.json().getString("status")).isEqualTo("OFFLINE");
        HttpApi.Reply login = api().post("api/agents/" + leaver + "/status", "{\"status\": \"AVAILABLE\"}");
        assertThat(login.status()).isEqualTo(409);
        assertThat(login.body()).contains("gone since 2002-06-30");
        assertThat(api().post("api/agents/" + agents.get(1) + "/leave", """
                        {"leftOn": "2002-06-30", "reason": "BORED", "version": 0}""").status())
                .isEqualTo(400);

        JsonObject row = api().get("api/workforce/turnover?from=2002-01-01&to=2003-01-01").jsonList().stream()
                .filter(r ->
                        r.containsKey("teamId") && r.getJsonNumber("teamId").longValue() == team)
                .findFirst()
                .orElseThrow();
        // 3 at the start, 1 voluntary leaver, 2 at the end: 1 over an average of 2.5 → 40 %.
        assertThat(row.getInt("atStart")).isEqualTo(3);
        assertThat(row.getInt("left")).isEqualTo(1);
        assertThat(row.getInt("leftVoluntarily")).isEqualTo(1);
        assertThat(row.getInt("atEnd")).isEqualTo(2);
        assertThat(row.getJsonNumber("turnoverRate").doubleValue()).isEqualTo(40.0);
        HttpApi.Reply csv = api().get("api/workforce/turnover.csv?from=2002-01-01&to=2003-01-01");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("team_id,team,at_start,hired,left");
        assertThat(csv.body()).contains(team + ",Turnover ");
        assertThat(api().get("api/workforce/turnover?from=2003-01-01&to=2002-01-01")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aPulseSurveyShowsEachTeamsSatisfactionOnlyWithEnoughAnswers() {
        long team = team("Pulse");
        List<Long> agents = List.of(agent(team, "2020-01-01"), agent(team, "2020-01-01"), agent(team, "2020-01-01"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpApi.Reply opened =
                api().post("api/workforce/pulse-surveys", """
                {"question": "Would you recommend working here?", "opensOn": "%s", "closesOn": "%s"}""".formatted(today.minusDays(1), today.plusDays(1)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long survey = opened.json().getJsonNumber("id").longValue();
        answer(survey, agents.get(0), 5);
        answer(survey, agents.get(1), 4);

        // Two answers: the team's response rate shows, its scores do not.
        JsonObject early = teamRow(survey, team);
        assertThat(early.getBoolean("shown")).isFalse();
        assertThat(early.containsKey("mean")).isFalse();
        answer(survey, agents.get(2), 4);
        JsonObject row = teamRow(survey, team);
        assertThat(row.getBoolean("shown")).isTrue();
        assertThat(row.getInt("respondents")).isEqualTo(3);
        assertThat(row.getJsonNumber("responseRate").doubleValue()).isEqualTo(100.0);
        assertThat(row.getJsonNumber("mean").doubleValue()).isCloseTo(4.333, Offset.offset(0.001));
        assertThat(row.getJsonNumber("favourable").doubleValue()).isEqualTo(100.0);

        HttpApi.Reply twice =
                api().post("api/workforce/pulse-surveys/" + survey + "/answers", """
                {"agentId": %d, "score": 3}""".formatted(agents.get(0)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(api().post("api/workforce/pulse-surveys/" + survey + "/answers", """
                        {"agentId": %d, "score": 9}""".formatted(agents.get(0)))
                        .status())
                .isEqualTo(400);
        assertThat(api().get("api/workforce/pulse-surveys/999999999/results").status())
                .isEqualTo(404);
        assertThat(api().post("api/workforce/pulse-surveys", """
                        {"question": "Backwards?", "opensOn": "2026-03-06", "closesOn": "2026-03-02"}""").status()).isEqualTo(400);
    }

    @Test
    void speedToCompetencyCountsTheDaysUntilANewHireMeetsTheTeamsStandard() {
        long team = team("Competency");
        LocalDate hired = LocalDate.now(ZoneOffset.UTC).minusDays(70);
        long agent = agent(team, hired.toString());
        long reviewer = agent(team, "2020-01-01");
        HttpApi.Reply standard = api().put("api/workforce/competency-standards/" + team, """
                {"qaScore": 80, "ahtSeconds": 300, "minContacts": 2}""");
        assertThat(standard.status()).as(standard.body()).isEqualTo(200);
        // Week 0 (days 0-6): two contacts at 500 s, too slow. Week 1 (days 7-13): two at 200 s, one reviewed 90.
        contact(agent, team, hired.plusDays(2), 500);
        contact(agent, team, hired.plusDays(3), 500);
        long reviewed = contact(agent, team, hired.plusDays(8), 200);
        contact(agent, team, hired.plusDays(9), 200);
        review(reviewed, reviewer, 9);

        JsonObject report = api().get(
                        "api/workforce/speed-to-competency?hiredFrom=" + hired + "&hiredTo=" + hired.plusDays(1))
                .json();

        JsonObject hire = report.getJsonArray("hires").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getJsonNumber("agentId").longValue() == agent)
                .findFirst()
                .orElseThrow();
        assertThat(hire.getString("status")).isEqualTo("COMPETENT");
        assertThat(hire.getInt("days")).isEqualTo(14);
        assertThat(hire.getString("competentOn")).isEqualTo(hired.plusDays(13).toString());
        String csv = api().get(
                        "api/workforce/speed-to-competency.csv?hiredFrom=" + hired + "&hiredTo=" + hired.plusDays(1))
                .body();
        assertThat(csv).startsWith("agent_id,name,team_id").contains(agent + ",Workforce ");
        assertThat(api().get("api/workforce/competency-standards").jsonList())
                .anyMatch(s -> s.getJsonNumber("teamId").longValue() == team && s.getInt("ahtSeconds") == 300);
        assertThat(api().put("api/workforce/competency-standards/" + team, """
                        {"qaScore": 180, "ahtSeconds": 300}""").status())
                .isEqualTo(400);
        assertThat(api().delete("api/workforce/competency-standards/" + team).status())
                .isEqualTo(204);
    }

    private long contact(long agent, long team, LocalDate day, int talk) {
        return id(api().post("api/contacts", """
                {"channel": "PHONE", "agentId": %d, "teamId": %d, "arrivedAt": "%sT10:00:00Z",
                 "answeredAt": "%sT10:00:05Z", "endedAt": "%sT10:30:00Z", "talkSeconds": %d}""".formatted(agent, team, day, day, day, talk)));
    }

    private void review(long contact, long reviewer, int value) {
        String scorecard = "Competency card " + UUID.randomUUID();
        assertThat(api().post("api/quality/scorecards", """
                {"name": "%s", "passMark": 80, "sections": [{"name": "Call", "weight": 100, "criteria": [
                   {"name": "Accurate", "weight": 100, "scale": "ZERO_TO_TEN"}]}]}""".formatted(scorecard))
                        .status())
                .isEqualTo(201);
        JsonObject draft = api().post("api/quality/reviews", """
                {"contactId": %d, "reviewerId": %d, "scorecardName": "%s"}""".formatted(contact, reviewer, scorecard))
                .json();
        JsonObject rated = api().put(
                        "api/quality/reviews/" + draft.getJsonNumber("id").longValue() + "/ratings",
                        """
                {"version": %d, "answers": [{"section": "Call", "criterion": "Accurate", "value": %d}]}""".formatted(draft.getInt("version"), value))
                .json();
        assertThat(api().post(
                                "api/quality/reviews/"
                                        + draft.getJsonNumber("id").longValue() + "/submit",
                                "{\"version\": " + rated.getInt("version") + "}")
                        .status())
                .isEqualTo(200);
    }

    private void answer(long survey, long agent, int score) {
        HttpApi.Reply reply =
                api().post("api/workforce/pulse-surveys/" + survey + "/answers", """
                {"agentId": %d, "score": %d}""".formatted(agent, score));
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    private JsonObject teamRow(long survey, long team) {
        return api().get("api/workforce/pulse-surveys/" + survey + "/results").jsonList().stream()
                .filter(r ->
                        r.containsKey("teamId") && r.getJsonNumber("teamId").longValue() == team)
                .findFirst()
                .orElseThrow();
    }

    private long team(String prefix) {
        return id(api().post(
                        "api/teams",
                        "{\"name\": \"%s %s\", \"serviceFunction\": \"SUPPORT\"}"
                                .formatted(prefix, UUID.randomUUID())));
    }

    private long agent(long team, String hired) {
        return id(api().post("api/agents", """
                {"name": "Workforce %s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en",
                 "proficiency": 5}], "channels": [{"channel": "PHONE", "proficiency": 3}], "hireDate": "%s"}""".formatted(UUID.randomUUID(), team, hired)));
    }

    private long id(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().getJsonNumber("id").longValue();
    }
}
