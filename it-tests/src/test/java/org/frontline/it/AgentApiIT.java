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

/** Teams and agents through REST: set-up, filters, optimistic locking, status changes and their log. */
@ExtendWith(ArquillianExtension.class)
class AgentApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    private long createTeam(String function) {
        HttpApi.Reply reply = api().post(
                        "api/teams",
                        "{\"name\": \"Team %s\", \"serviceFunction\": \"%s\"}".formatted(UUID.randomUUID(), function));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String agentJson(long teamId, String skill, String tier, Long version) {
        return """
                {"name": "Bob Martin", "email": "bob@example.com", "teamId": %d, "supportTier": "%s",
                 "skills": [{"name": "%s", "proficiency": 4}, {"name": "refunds", "proficiency": 2}],
                 "languages": [{"language": "en", "proficiency": 5}, {"language": "es", "proficiency": 3}],
                 "channels": [{"channel": "phone", "proficiency": 5}, {"channel": "CHAT", "proficiency": 2, "capacity": 2}],
                 "hireDate": "2024-03-01" %s}
                """.formatted(teamId, tier, skill, version == null ? "" : ", \"version\": " + version);
    }

    private JsonObject hire(long teamId, String skill) {
        HttpApi.Reply reply = api().post("api/agents", agentJson(teamId, skill, "L2", null));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void hiresAnAgentWithSkillsLanguagesAndChannelCapacities() {
        long team = createTeam("SUPPORT");
        JsonObject agent = hire(team, "Billing");

        JsonObject read =
                api().get("api/agents/" + agent.getJsonNumber("id").longValue()).json();

        assertThat(read.getString("status")).isEqualTo("OFFLINE");
        assertThat(read.getString("supportTier")).isEqualTo("L2");
        assertThat(read.getJsonNumber("teamId").longValue()).isEqualTo(team);
        assertThat(read.getJsonArray("skills").getJsonObject(0).getString("name"))
                .isEqualTo("billing");
        assertThat(read.getJsonArray("channels").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("channel") + "x" + c.getInt("capacity"))
                .containsExactly("PHONEx1", "CHATx2");
    }

    @Test
    void listsAgentsMatchingEveryFilterGiven() {
        long team = createTeam("TECHNICAL_SUPPORT");
        String skill = "skill-" + UUID.randomUUID().toString().substring(0, 8);
        hire(team, skill);
        hire(team, "other-" + skill);

        JsonObject page = api().get(
                        "api/agents?teamId=" + team + "&skill=" + skill + "&language=es&channel=chat&tier=L2")
                .json();

        assertThat(page.getJsonNumber("totalItems").longValue()).isEqualTo(1);
        assertThat(api().get("api/agents?teamId=" + team + "&tier=L3")
                        .json()
                        .getJsonNumber("totalItems")
                        .longValue())
                .isZero();
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        long team = createTeam("SUPPORT");
        long id = hire(team, "billing").getJsonNumber("id").longValue();

        HttpApi.Reply first = api().put("api/agents/" + id, agentJson(team, "billing", "L3", 0L));
        HttpApi.Reply stale = api().put("api/agents/" + id, agentJson(team, "billing", "L1", 0L));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getString("supportTier")).isEqualTo("L3");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void logsEveryStatusChange() {
        long id = hire(createTeam("SUPPORT"), "billing").getJsonNumber("id").longValue();

        assertThat(api().post("api/agents/" + id + "/status", "{\"status\": \"available\"}")
                        .status())
                .isEqualTo(200);
        HttpApi.Reply away = api().post("api/agents/" + id + "/status", "{\"status\": \"AWAY\"}");
        HttpApi.Reply log = api().get("api/agents/" + id + "/status-log");

        assertThat(away.json().getString("status")).isEqualTo("AWAY");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.body()).containsSubsequence("\"OFFLINE\"", "\"AVAILABLE\"", "\"AWAY\"");
    }

    @Test
    void rejectsBadInputNamingTheField() {
        long team = createTeam("SUPPORT");
        HttpApi.Reply badProficiency = api().post(
                        "api/agents",
                        agentJson(team, "billing", "L1", null).replace("\"proficiency\": 4", "\"proficiency\": 9"));
        HttpApi.Reply badTier = api().post("api/agents", agentJson(team, "billing", "L9", null));
        HttpApi.Reply badStatus = api().post("api/agents/1/status", "{\"status\": \"SLEEPING\"}");
        HttpApi.Reply unknownTeam = api().post("api/agents", agentJson(987654321L, "billing", "L1", null));

        assertThat(badProficiency.status()).isEqualTo(400);
        assertThat(badProficiency.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("skills");
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(badTier.json().getString("detail")).contains("supportTier", "L1, L2, L3");
        assertThat(badStatus.status()).isIn(400, 404);
        assertThat(unknownTeam.status()).isEqualTo(404);
        assertThat(unknownTeam.json().getString("detail")).isEqualTo("team 987654321 does not exist");
    }

    @Test
    void refusesASecondTeamWithTheSameName() {
        String name = "Team " + UUID.randomUUID();
        String body = "{\"name\": \"%s\", \"serviceFunction\": \"SUPPORT\"}".formatted(name);

        assertThat(api().post("api/teams", body).status()).isEqualTo(201);
        HttpApi.Reply duplicate = api().post("api/teams", body);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
    }
}
