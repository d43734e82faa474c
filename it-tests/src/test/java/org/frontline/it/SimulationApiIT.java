package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Simulation jobs through REST: a day through a stored queue, its progress and results, a what-if, bad input. */
@ExtendWith(ArquillianExtension.class)
class SimulationApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private String skill;
    private String queue;

    private HttpApi api() {
        return new HttpApi(base);
    }

    /** A queue of its own, over a skill one real agent has (routing refuses skills nobody has). */
    @BeforeEach
    void ownQueue() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        skill = "sim-" + id;
        queue = "sim-queue-" + id;
        long team = api().post("api/teams", "{\"name\": \"Sim %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(id))
                .json()
                .getJsonNumber("id")
                .longValue();
        HttpApi.Reply agent = api().post("api/agents", """
                {"name": "Sim Agent", "teamId": %d, "supportTier": "L1", "skills": [{"name": "%s", "proficiency": 3}],
                 "languages": [{"language": "en", "proficiency": 5}], "channels": [{"channel": "PHONE", "proficiency": 3}],
                 "hireDate": "2025-01-06"}""".formatted(team, skill));
        assertThat(agent.status()).as(agent.body()).isEqualTo(201);
        HttpApi.Reply defined = api().put("api/routing/queues/" + queue, "{\"skills\": {\"%s\": 2}}".formatted(skill));
        assertThat(defined.status()).as(defined.body()).isEqualTo(200);
    }

    private String day(int agents, String extra) {
        return """
                {"queues": ["%s"], "intervals": 8, "intervalMinutes": 30, "replications": 4, "seed": 5,
                 "demand": [{"queue": "%s", "arrivalsPerInterval": 40, "handleSeconds": 180, "patienceSeconds": 90}],
                 "staff": [{"count": %d, "skills": {"%s": 3}, "start": "00:00", "end": "05:00"}] %s}""".formatted(queue, queue, agents, skill, extra);
    }

    private JsonObject awaitDone(String location) throws InterruptedException {
        JsonObject job = api().get(location).json();
        for (int i = 0;
                i < 150
                        && !job.getString("state").equals("DONE")
                        && !job.getString("state").equals("FAILED");
                i++) {
            Thread.sleep(200);
            job = api().get(location).json();
        }
        return job;
    }

    @Test
    void simulatesADayInTheBackgroundAndComparesAWhatIf() throws InterruptedException {
        HttpApi.Reply started = api().post(
                        "api/routing/simulations",
                        day(
                                3,
                                ", \"whatIf\": {\"staff\": [{\"count\": 6, \"skills\": {\"%s\": 3}, \"start\": \"00:00\", \"end\": \"05:00\"}]}"
                                        .formatted(skill)));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().getInt("replicationsTotal")).isEqualTo(8);
        String location =
                "api/routing/simulations/" + started.json().getJsonNumber("id").longValue();

        JsonObject job = awaitDone(location);

        assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
        assertThat(job.getInt("replicationsDone")).isEqualTo(8);
        JsonObject three = job.getJsonObject("result").getJsonArray("queues").getJsonObject(0);
        JsonObject six = job.getJsonObject("whatIf").getJsonArray("queues").getJsonObject(0);
        assertThat(three.getString("queue")).isEqualTo(queue);
        assertThat(three.getJsonObject("offered").getJsonNumber("mean").doubleValue())
                .isBetween(250.0, 390.0);
        assertThat(three.getJsonArray("intervals")).hasSize(8);
        double slWithThree =
                three.getJsonObject("serviceLevel").getJsonNumber("mean").doubleValue();
        double slWithSix =
                six.getJsonObject("serviceLevel").getJsonNumber("mean").doubleValue();
        assertThat(slWithSix).as("twice the staff answers faster").isGreaterThan(slWithThree);
        assertThat(three.getJsonObject("abandonment").getJsonNumber("mean").doubleValue())
                .as("3 agents for 4 Erlangs cannot keep up")
                .isGreaterThan(0.1);
        assertThat(three.getJsonObject("serviceLevel")
                        .getJsonNumber("halfWidth")
                        .doubleValue())
                .isPositive();
    }

    @Test
    void refusesADayItCannotSimulateAndSaysWhy() {
        HttpApi.Reply oneRun = api().post(
                        "api/routing/simulations",
                        day(3, ", \"replications\": 1").replace("\"replications\": 4, ", ""));
        assertThat(oneRun.status()).isEqualTo(400);
        assertThat(oneRun.contentType()).startsWith("application/problem+json");
        assertThat(oneRun.json().getString("detail")).contains("replications");

        HttpApi.Reply elsewhere = api().post(
                        "api/routing/simulations", day(3, "").replace("\"queue\": \"" + queue, "\"queue\": \"general"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().getString("detail")).contains("queue general is not simulated");

        HttpApi.Reply shortDay = api().post(
                        "api/routing/simulations",
                        day(3, "").replace("\"arrivalsPerInterval\": 40", "\"arrivals\": [1, 2, 3]"));
        assertThat(shortDay.status()).isEqualTo(400);
        assertThat(shortDay.json().getString("detail")).contains("gives 3 intervals; the day has 8");

        HttpApi.Reply noHandleTime =
                api().post("api/routing/simulations", day(3, "").replace("\"handleSeconds\": 180, ", ""));
        assertThat(noHandleTime.status()).isEqualTo(400);
        assertThat(noHandleTime.json().getString("detail")).contains("fitHandleTimeDays");

        HttpApi.Reply badShift =
                api().post("api/routing/simulations", day(3, "").replace("\"start\": \"00:00\"", "\"start\": \"8am\""));
        assertThat(badShift.status()).isEqualTo(400);

        assertThat(api().get("api/routing/simulations/987654321").status()).isEqualTo(404);
    }
}
