package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.data.Offset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The repetition analysis through REST on a hand-made day (a day of its own in the 2000s: the database may hold earlier
 * runs' contacts), as JSON, as CSV and as a job with progress; the other long reports as jobs; bad input.
 */
@ExtendWith(ArquillianExtension.class)
class RepetitionApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private final String word =
            "rep" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String refund = word + ".refund";
    private final String outage = word + ".outage";
    private long team;
    private String period;

    private HttpApi api() {
        return new HttpApi(base);
    }

    @BeforeEach
    void aDayOfContacts() {
        team = id(api().post(
                        "api/teams",
                        "{\"name\": \"Repetition " + UUID.randomUUID() + "\", \"serviceFunction\": \"SUPPORT\"}"));
        long agent = id(api().post("api/agents", """
                {"name": "Repetition agent", "teamId": %d, "supportTier": "L1",
                 "languages": [{"language": "en", "proficiency": 5}], "channels": [{"channel": "PHONE", "proficiency": 3}],
                 "hireDate": "2000-01-03"}""".formatted(team)));
        long one = id(api().post("api/customers", "{\"name\": \"Repetition one " + UUID.randomUUID() + "\"}"));
        long two = id(api().post("api/customers", "{\"name\": \"Repetition two " + UUID.randomUUID() + "\"}"));
        LocalDate day =
                LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        // Refund: customer one three times, 600 s each (so the first two are repeats: FCR 1 of 3); outage: each
        // customer once, 100 s. The team over all 5: FCR 3 of 5 = 60 %, AHT 2000 / 5 = 400 s.
        for (int hour = 9; hour < 12; hour++) {
            contact(agent, one, day, hour, 600, refund);
        }
        contact(agent, one, day, 13, 100, outage);
        contact(agent, two, day, 14, 100, outage);
        period = "from=" + day + "T00:00:00Z&to=" + day.plusDays(1) + "T00:00:00Z&zone=UTC";
    }

    @Test
    void ranksTopicsFindsThoseWithoutAnArticleAndTheTeamsTrainingNeeds() {
        // A published article tagged with both words of the refund code covers it; nothing covers the outage.
        long article = id(api().post(
                        "api/articles",
                        Json.createObjectBuilder()
                                .add("title", "Refunds for " + word)
                                .add("body", "How to refund a customer.")
                                .add("tags", Json.createArrayBuilder().add(word).add("refund"))
                                .add("language", "en")
                                .add("audience", "INTERNAL")
                                .build()
                                .toString()));
        assertThat(api().post("api/articles/" + article + "/publish", "{}").status())
                .isEqualTo(200);

        JsonObject report = api().get("api/kpis/repetition?interval=DAY&minContacts=2&top=50&" + period)
                .json();

        JsonObject refundTopic = topic(report.getJsonArray("topics").getValuesAs(JsonObject.class), refund);
        assertThat(refundTopic.getInt("contacts")).isEqualTo(3);
        assertThat(refundTopic.getJsonNumber("firstContactResolution").doubleValue())
                .isCloseTo(33.33, Offset.offset(0.01));
        assertThat(refundTopic.getInt("articles")).isEqualTo(1);
        // Both customers registered today, after the contacts: less than 90 days before them, so new accounts.
        assertThat(refundTopic.getInt("fromNewAccounts")).isEqualTo(3);
        assertThat(report.getJsonArray("topicsWithoutArticle").getValuesAs(JsonObject.class))
                .anyMatch(t -> t.getString("topic").equals(outage))
                .noneMatch(t -> t.getString("topic").equals(refund));
        assertThat(report.getJsonArray("series").getValuesAs(JsonObject.class))
                .anyMatch(s -> s.getString("topic").equals(refund)
                        && s.getJsonArray("contacts").getJsonNumber(0).intValue() == 3);
        // Refund: FCR 33 % against the team's 60 %, AHT 600 s against 400 s: both a training need.
        JsonObject need = report.getJsonArray("trainingNeeds").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("topic").equals(refund))
                .findFirst()
                .orElseThrow();
        assertThat(need.getString("team")).isEqualTo(String.valueOf(team));
        assertThat(need.getBoolean("lowResolution")).isTrue();
        assertThat(need.getBoolean("slowHandling")).isTrue();
        assertThat(need.getJsonNumber("teamAverageHandleSeconds").doubleValue()).isEqualTo(400.0);

        HttpApi.Reply topics = api().get("api/kpis/repetition/topics.csv?" + period);
        assertThat(topics.status()).isEqualTo(200);
        assertThat(topics.body().lines().findFirst().orElseThrow()).startsWith("topic,contacts,share");
        assertThat(topics.body()).contains(refund + ",3,");
        HttpApi.Reply needs = api().get("api/kpis/repetition/training-needs.csv?minContacts=2&" + period);
        assertThat(needs.body().lines().findFirst().orElseThrow()).startsWith("team_id,team,topic");
        assertThat(needs.body()).contains(refund);
    }

    @Test
    void longReportsRunAsJobsWithProgress() {
        JsonObject repetition = finished(api().post("api/kpis/jobs/repetition?interval=DAY&" + period, ""));
        assertThat(repetition.getString("report")).isEqualTo("repetition");
        assertThat(repetition.getInt("done")).isEqualTo(repetition.getInt("steps"));
        assertThat(repetition.getInt("percent")).isEqualTo(100);
        assertThat(repetition.getJsonObject("result").getJsonArray("topics").getValuesAs(JsonObject.class))
                .anyMatch(t -> t.getString("topic").equals(refund));

        JsonObject kpis = finished(api().post("api/kpis/jobs/report?groupBy=TEAM&" + period, ""));
        assertThat(kpis.getJsonObject("result").getJsonArray("rows").getValuesAs(JsonObject.class))
                .anyMatch(r -> String.valueOf(team).equals(r.getString("group", null))
                        && r.getJsonObject("values").getJsonNumber("offered").doubleValue() == 5.0);

        JsonObject pareto = finished(api().post("api/kpis/jobs/pareto?" + period, ""));
        assertThat(pareto.getJsonObject("result").getJsonArray("revenueCurve")).hasSize(101);
    }

    @Test
    void badParametersAreRefusedBeforeAnyJobStarts() {
        HttpApi.Reply top = api().get("api/kpis/repetition?top=0");
        assertThat(top.status()).isEqualTo(400);
        assertThat(top.contentType()).startsWith("application/problem+json");
        assertThat(top.body()).contains("top");
        HttpApi.Reply year =
                api().post("api/kpis/jobs/repetition?from=2020-01-01T00:00:00Z&to=2022-01-01T00:00:00Z", "");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.body()).contains("366 days");
        assertThat(api().post("api/kpis/jobs/report?interval=FORTNIGHT", "").status())
                .isEqualTo(400);
        assertThat(api().post("api/kpis/jobs/pareto?currency=XYZ1", "").status())
                .isEqualTo(400);
        HttpApi.Reply unknown = api().get("api/kpis/jobs/999999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    /** Polls the job the reply started until it has finished, and says it is done. */
    private JsonObject finished(HttpApi.Reply started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject job = started.json();
        while (List.of("QUEUED", "RUNNING").contains(job.getString("state"))
                && Instant.now().isBefore(deadline)) {
            sleep();
            job = api().get("api/kpis/jobs/" + id).json();
        }
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
        return job;
    }

    private void contact(long agent, long customer, LocalDate day, int hour, int talk, String reason) {
        String arrived = "%sT%02d:00:00Z".formatted(day, hour);
        String answered = "%sT%02d:00:10Z".formatted(day, hour);
        String ended = "%sT%02d:30:00Z".formatted(day, hour);
        id(api().post("api/contacts", """
                {"channel": "PHONE", "agentId": %d, "teamId": %d, "customerId": %d, "arrivedAt": "%s",
                 "answeredAt": "%s", "endedAt": "%s", "talkSeconds": %d, "reasonCode": "%s"}""".formatted(agent, team, customer, arrived, answered, ended, talk, reason)));
    }

    private static JsonObject topic(List<JsonObject> topics, String name) {
        return topics.stream()
                .filter(t -> t.getString("topic").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + topics));
    }

    private long id(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
