package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
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
 * A compliance audit through REST, end to end: a population defined as data, a seeded stratified sample shared among
 * analysts from other teams, the reviews, the interim and final report (JSON, CSV, HTML), completion, the re-drawn
 * sample of a second audit with the same seed and its comparison with the first; and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
class AuditApiIT {
    private static final String PERIOD = "\"from\": \"2026-02-01T00:00:00Z\", \"to\": \"2026-03-01T00:00:00Z\"";

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

    private long team() {
        return id(api().post(
                        "api/teams",
                        "{\"name\": \"Audit %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(UUID.randomUUID())));
    }

    private long agent(long team) {
        return id(api().post("api/agents", """
                {"name": "Audit %s", "teamId": %d, "supportTier": "L1", "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 3}], "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team)));
    }

    private long contact(long agent, long team, String disposition, int day, long talkSeconds, boolean abandoned) {
        return id(
                api().post("api/contacts", """
                {"channel": "PHONE", "agentId": %d, "teamId": %d, "arrivedAt": "2026-02-%02dT10:00:00Z",
                 "endedAt": "2026-02-%02dT10:30:00Z", "talkSeconds": %d, "abandoned": %b, "disposition": "%s"}""".formatted(agent, team, day, day, talkSeconds, abandoned, disposition)));
    }

    private String scorecard() {
        String name = "Audit card " + UUID.randomUUID();
        ok(api().post("api/quality/scorecards", """
                {"name": "%s", "passMark": 75, "sections": [{"name": "Call", "weight": 100, "criteria": [
                   {"name": "Greeting", "weight": 50}, {"name": "Verified identity", "weight": 50}]}]}""".formatted(name)), 201);
        return name;
    }

    private String plan(
            String name, String scorecard, String disposition, String design, long seed, List<Long> analysts) {
        return """
                {"name": "%s", "scorecardName": "%s", "seed": %d, "separateTeams": true, "analystIds": %s,
                 "population": {%s, "dispositions": ["%s"], "minimumHandleSeconds": 60},
                 "design": %s}""".formatted(name, scorecard, seed, analysts, PERIOD, disposition, design);
    }

    /** Reviews a worklist item: the greeting is always there, identity verified only on even contact ids. */
    private void review(JsonObject unit, String scorecard) {
        long contact = unit.getJsonNumber("contactId").longValue();
        JsonObject draft = ok(
                api().post("api/quality/reviews", """
                {"contactId": %d, "reviewerId": %d, "scorecardName": "%s"}""".formatted(
                                contact, unit.getJsonNumber("analystId").longValue(), scorecard)),
                201);
        long id = draft.getJsonNumber("id").longValue();
        JsonObject rated = ok(
                api().put("api/quality/reviews/" + id + "/ratings", """
                {"version": %d, "answers": [{"section": "Call", "criterion": "Greeting", "value": 1},
                 {"section": "Call", "criterion": "Verified identity", "value": %d}]}""".formatted(
                                draft.getInt("version"), contact % 2 == 0 ? 1 : 0)),
                200);
        ok(api().post("api/quality/reviews/" + id + "/submit", "{\"version\": " + rated.getInt("version") + "}"), 200);
    }

    private static List<Long> contactIds(List<JsonObject> units) {
        return units.stream().map(u -> u.getJsonNumber("contactId").longValue()).toList();
    }

    @Test
    void runsAStratifiedAuditFromDrawToReportAndReDrawsTheSameSampleFromItsSeed() {
        String disposition = "audit-" + UUID.randomUUID();
        long teamA = team();
        long teamB = team();
        long ann = agent(teamA);
        long bob = agent(teamA);
        long cid = agent(teamB);
        long analystA = agent(teamA);
        long analystB = agent(teamB);
        List<Long> inPopulation = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            inPopulation.add(contact(ann, teamA, disposition, i, 120, false));
        }
        for (int i = 1; i <= 4; i++) {
            inPopulation.add(contact(bob, teamA, disposition, 10 + i, 300, false));
        }
        inPopulation.add(contact(cid, teamB, disposition, 20, 90, false));
        inPopulation.add(contact(cid, teamB, disposition, 21, 90, false));
        contact(ann, teamA, disposition, 7, 20, false); // too short
        contact(bob, teamA, disposition, 8, 200, true); // abandoned
        contact(cid, teamB, disposition + "-other", 9, 200, false); // another disposition
        String scorecard = scorecard();
        String design = "{\"kind\": \"STRATIFIED\", \"stratifyBy\": \"AGENT\", \"allocation\": \"EQUAL\","
                + " \"sampleSize\": 6, \"minimumPerStratum\": 1}";

        JsonObject audit = ok(
                api().post(
                                "api/quality/audits",
                                plan(
                                        "Feb " + disposition,
                                        scorecard,
                                        disposition,
                                        design,
                                        2026,
                                        List.of(analystA, analystB))),
                201);
        long auditId = audit.getJsonNumber("id").longValue();

        assertThat(audit.getJsonNumber("populationSize").longValue()).isEqualTo(12);
        assertThat(audit.getInt("sampled")).isEqualTo(6);
        assertThat(audit.getInt("reviewed")).isZero();
        assertThat(audit.getJsonNumber("seed").longValue()).isEqualTo(2026);
        assertThat(audit.getJsonObject("population")
                        .getJsonNumber("throughContactId")
                        .longValue())
                .isGreaterThanOrEqualTo(inPopulation.getLast());
        assertThat(audit.getJsonArray("strata").getValuesAs(JsonObject.class))
                .extracting(s -> s.getJsonNumber("populationSize").longValue(), s -> s.getInt("sampleSize"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(6L, 2),
                        org.assertj.core.groups.Tuple.tuple(4L, 2),
                        org.assertj.core.groups.Tuple.tuple(2L, 2));
        List<JsonObject> units =
                api().get("api/quality/audits/" + auditId + "/units").jsonList();
        assertThat(contactIds(units)).hasSize(6).allMatch(inPopulation::contains);
        assertThat(units).allSatisfy(u -> {
            long handler = u.getJsonNumber("agentId").longValue();
            long analyst = u.getJsonNumber("analystId").longValue();
            assertThat(analyst).as("nobody reviews their own team").isEqualTo(handler == cid ? analystA : analystB);
            assertThat(u.getString("reviewState")).isEqualTo("PENDING");
        });
        assertThat(units)
                .filteredOn(u -> u.getJsonNumber("agentId").longValue() == ann)
                .allSatisfy(
                        u -> assertThat(u.getJsonNumber("inclusionProbability").doubleValue())
                                .isEqualTo(2 / 6.0));
        assertThat(api().get("api/quality/audits/" + auditId + "/units?analystId=" + analystA)
                        .jsonList())
                .hasSize(2);

        review(units.get(0), scorecard);
        JsonObject interim =
                api().get("api/quality/audits/" + auditId + "/report").json();
        assertThat(interim.getBoolean("interim")).isTrue();
        assertThat(interim.getInt("reviewed")).isEqualTo(1);
        HttpApi.Reply early = api().post(
                        "api/quality/audits/" + auditId + "/complete",
                        "{\"version\": " + audit.getInt("version") + "}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("1 of its 6 contacts are reviewed");

        units.subList(1, units.size()).forEach(u -> review(u, scorecard));
        JsonObject report =
                api().get("api/quality/audits/" + auditId + "/report").json();
        long passing = contactIds(units).stream().filter(c -> c % 2 == 0).count();
        assertThat(report.getBoolean("interim")).isFalse();
        JsonObject compliance = report.getJsonObject("compliance");
        assertThat(compliance.getJsonNumber("lower").doubleValue())
                .isLessThanOrEqualTo(compliance.getJsonNumber("value").doubleValue());
        assertThat(compliance.getJsonNumber("upper").doubleValue())
                .isGreaterThanOrEqualTo(compliance.getJsonNumber("value").doubleValue());
        assertThat(report.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("criterion").equals("Verified identity"))
                .singleElement()
                .satisfies(c -> assertThat(c.getJsonObject("failureRate").getInt("count"))
                        .isEqualTo(6 - passing));
        assertThat(report.getJsonArray("agents").getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("reviewed"))
                .containsExactly(2, 2, 2);

        HttpApi.Reply csv = api().get("api/quality/audits/" + auditId + "/report.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(7).first().asString().startsWith("audit_id,contact_id");
        HttpApi.Reply html = api().get("api/quality/audits/" + auditId + "/report.html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body())
                .contains("Feb " + disposition)
                .contains("Verified identity")
                .doesNotContain("Interim");

        JsonObject redraw =
                api().get("api/quality/audits/" + auditId + "/redraw").json();
        assertThat(redraw.getBoolean("reproduced")).as(redraw.toString()).isTrue();
        assertThat(redraw.getJsonNumber("populationNow").longValue()).isEqualTo(12);

        JsonObject current = api().get("api/quality/audits/" + auditId).json();
        JsonObject completed = ok(
                api().post(
                                "api/quality/audits/" + auditId + "/complete",
                                "{\"version\": " + current.getInt("version") + "}"),
                200);
        assertThat(completed.getString("state")).isEqualTo("COMPLETE");
        assertThat(api().post(
                                "api/quality/audits/" + auditId + "/complete",
                                "{\"version\": " + completed.getInt("version") + "}")
                        .status())
                .isEqualTo(409);

        // The same population, design and seed draw the same contacts; the analysts' reviews count at once.
        JsonObject again = ok(
                api().post(
                                "api/quality/audits",
                                plan(
                                        "Feb again " + disposition,
                                        scorecard,
                                        disposition,
                                        design,
                                        2026,
                                        List.of(analystA, analystB))),
                201);
        long againId = again.getJsonNumber("id").longValue();
        assertThat(contactIds(
                        api().get("api/quality/audits/" + againId + "/units").jsonList()))
                .isEqualTo(contactIds(units));
        assertThat(again.getInt("reviewed")).isEqualTo(6);
        ok(
                api().post(
                                "api/quality/audits/" + againId + "/complete",
                                "{\"version\": " + again.getInt("version") + "}"),
                200);
        JsonObject previous =
                api().get("api/quality/audits/" + againId + "/report").json().getJsonObject("previous");
        assertThat(previous.getJsonNumber("auditId").longValue()).isEqualTo(auditId);
        assertThat(previous.getJsonNumber("change").doubleValue()).isZero();
        assertThat(previous.getBoolean("significant")).isFalse();
    }

    @Test
    void refusesImpossibleAuditsByRuleAndStoresNothing() {
        String disposition = "audit-" + UUID.randomUUID();
        long team = team();
        long handler = agent(team);
        long analyst = agent(team());
        contact(handler, team, disposition, 3, 100, false);
        contact(handler, team, disposition, 4, 100, false);
        String scorecard = scorecard();
        String name = "Refused " + disposition;

        HttpApi.Reply tooBig = api().post(
                        "api/quality/audits",
                        plan(
                                name,
                                scorecard,
                                disposition,
                                "{\"kind\": \"SIMPLE_RANDOM\", \"sampleSize\": 3}",
                                1,
                                List.of(analyst)));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(tooBig.json().getString("detail")).contains("larger than the population of 2 contacts");

        HttpApi.Reply confidence = api().post(
                        "api/quality/audits",
                        plan(
                                name,
                                scorecard,
                                disposition,
                                "{\"kind\": \"SIMPLE_RANDOM\", \"marginOfError\": 0.05, \"confidence\": 1.5}",
                                1,
                                List.of(analyst)));
        assertThat(confidence.status()).isEqualTo(400);
        assertThat(confidence.json().getString("detail")).contains("between 0 and 1");

        HttpApi.Reply selfOnly = api().post(
                        "api/quality/audits",
                        plan(
                                name,
                                scorecard,
                                disposition,
                                "{\"kind\": \"SIMPLE_RANDOM\", \"sampleSize\": 2}",
                                1,
                                List.of(handler)));
        assertThat(selfOnly.status()).isEqualTo(400);
        assertThat(selfOnly.json().getString("detail")).contains("nobody reviews their own contact");

        HttpApi.Reply noDesign = api().post(
                        "api/quality/audits",
                        plan(
                                name,
                                scorecard,
                                disposition,
                                "{\"kind\": \"STRATIFIED\", \"sampleSize\": 2}",
                                1,
                                List.of(analyst)));
        assertThat(noDesign.status()).isEqualTo(400);
        assertThat(noDesign.json().getString("detail")).contains("AGENT, TEAM or CHANNEL");

        assertThat(api().post(
                                "api/quality/audits",
                                plan(
                                        name,
                                        "No such card " + disposition,
                                        disposition,
                                        "{\"kind\": \"SIMPLE_RANDOM\", \"sampleSize\": 1}",
                                        1,
                                        List.of(analyst)))
                        .status())
                .isEqualTo(404);
        assertThat(api().get("api/quality/audits").jsonList())
                .noneMatch(a -> a.getString("name").equals(name));
    }

    @Test
    void aPopulationByQueueTakesOnlyTheContactsRoutedThroughIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String disposition = "audit-queue-" + suffix;
        String queue = "audit-" + suffix;
        long team = team();
        long handler = id(api().post("api/agents", """
                {"name": "Audit %s", "teamId": %d, "supportTier": "L1", "skills": [{"name": "%s", "proficiency": 3}],
                 "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 3}], "hireDate": "2025-01-06"}""".formatted(suffix, team, queue)));
        long analyst = agent(team());
        ok(
                api().put(
                                "api/routing/queues/" + queue,
                                "{\"skills\": {\"%s\": 1}, \"steps\": [], \"answerTargetSeconds\": 30}"
                                        .formatted(queue)),
                200);
        long routed = id(api().post("api/contacts", """
                {"channel": "PHONE", "agentId": %d, "teamId": %d, "arrivedAt": "2026-02-05T10:00:00Z",
                 "talkSeconds": 100, "disposition": "%s"}""".formatted(handler, team, disposition)));
        contact(handler, team, disposition, 6, 100, false);
        ok(
                api().post(
                                "api/routing/contacts",
                                "{\"contactId\": %d, \"queue\": \"%s\", \"language\": \"en\"}"
                                        .formatted(routed, queue)),
                201);
        ok(api().post("api/routing/contacts/" + routed + "/withdraw", "{}"), 200);
        assertThat(api().get("api/contacts/" + routed).json().getString("queue"))
                .isEqualTo(queue);
        String scorecard = scorecard();
        String plan = """
                {"name": "Queue %s", "scorecardName": "%s", "analystIds": [%d],
                 "population": {%s, "queues": ["%s"], "dispositions": ["%s"]},
                 "design": {"kind": "SIMPLE_RANDOM", "sampleSize": 1}}""".formatted(suffix, scorecard, analyst, PERIOD, queue, disposition);

        JsonObject audit = ok(api().post("api/quality/audits", plan), 201);

        assertThat(audit.getJsonNumber("populationSize").longValue()).isEqualTo(1);
        assertThat(audit.getJsonObject("population").getJsonArray("queues").getString(0))
                .isEqualTo(queue);
        assertThat(contactIds(api().get("api/quality/audits/" + audit.getJsonNumber("id") + "/units")
                        .jsonList()))
                .containsExactly(routed);
    }
}
