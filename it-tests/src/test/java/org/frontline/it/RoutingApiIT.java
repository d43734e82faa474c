package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing through REST: queues and their rules, contacts offered to the best free agent, accept, reject, complete,
 * withdraw, widening and offer time-outs on the clock, the decision log, and the engine rebuilt from the database.
 * Each test works with a skill of its own, so that only its own agents qualify for its contacts.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private String skill;
    private String queue;
    private long team;

    private HttpApi api() {
        return new HttpApi(base);
    }

    @BeforeEach
    void ownSkillTeamAndQueue() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        skill = "routing-" + id;
        queue = "queue-" + id;
        HttpApi.Reply reply =
                api().post("api/teams", "{\"name\": \"Routing %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(id));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        team = reply.json().getJsonNumber("id").longValue();
    }

    private long hire(int proficiency, String status) {
        return hire(proficiency, status, "L1");
    }

    private long hire(int proficiency, String status, String tier) {
        HttpApi.Reply reply =
                api().post("api/agents", """
                {"name": "Agent %s", "teamId": %d, "supportTier": "%s",
                 "skills": [{"name": "%s", "proficiency": %d}],
                 "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 4}],
                 "hireDate": "2025-01-06"}""".formatted(UUID.randomUUID(), team, tier, skill, proficiency));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        setStatus(id, status);
        return id;
    }

    private void setStatus(long agent, String status) {
        HttpApi.Reply reply = api().post("api/agents/" + agent + "/status", "{\"status\": \"" + status + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private void defineQueue(String steps) {
        HttpApi.Reply reply = api().put(
                        "api/routing/queues/" + queue,
                        "{\"skills\": {\"%s\": 1}, \"steps\": [%s], \"answerTargetSeconds\": 30}"
                                .formatted(skill, steps));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private long call() {
        return call("");
    }

    private long call(String more) {
        HttpApi.Reply reply = api().post(
                        "api/contacts",
                        "{\"channel\": \"PHONE\", \"arrivedAt\": \"" + Instant.now() + "\"" + more + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject route(long contact, String needs) {
        HttpApi.Reply reply = api().post(
                        "api/routing/contacts",
                        "{\"contactId\": %d, \"queue\": \"%s\", \"language\": \"en\" %s}"
                                .formatted(contact, queue, needs));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private JsonObject routed(long contact) {
        return api().get("api/routing/contacts/" + contact).json();
    }

    private HttpApi.Reply act(long contact, String action, long agent) {
        return api().post("api/routing/contacts/" + contact + "/" + action, "{\"agentId\": " + agent + "}");
    }

    private static long agentOf(JsonObject routed) {
        return routed.getJsonNumber("agentId").longValue();
    }

    /** Reads the contact until it meets the condition, for changes the routing clock makes (it ticks every second). */
    private JsonObject awaitRouted(long contact, Predicate<JsonObject> condition) throws InterruptedException {
        JsonObject now = routed(contact);
        for (int i = 0; i < 100 && !condition.test(now); i++) {
            Thread.sleep(200);
            now = routed(contact);
        }
        return now;
    }

    @Test
    void offersAContactToTheBestSkilledFreeAgentAndFollowsItToTheEnd() {
        long expert = hire(5, "AVAILABLE");
        long novice = hire(2, "AVAILABLE");
        defineQueue("");
        long contact = call();

        JsonObject offered = route(contact, "");

        assertThat(offered.getString("state")).isEqualTo("OFFERED");
        assertThat(agentOf(offered)).isEqualTo(expert);
        assertThat(offered.getJsonObject("skills").getInt(skill))
                .as("the queue's skills")
                .isEqualTo(1);
        assertThat(api().get("api/routing/agents/" + expert + "/work").jsonList())
                .extracting(w -> w.getJsonNumber("contactId").longValue())
                .containsExactly(contact);
        List<JsonObject> decisions =
                api().get("api/routing/contacts/" + contact + "/decisions").jsonList();
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.getString("trigger")).isEqualTo("CONTACT_ARRIVED");
            assertThat(d.getString("why")).contains("best skill match (5)", "of the 2 free agents");
            assertThat(d.getJsonArray("candidates")).hasSize(2);
        });

        HttpApi.Reply stolen = act(contact, "accept", novice);
        assertThat(stolen.status()).isEqualTo(409);
        assertThat(stolen.contentType()).startsWith("application/problem+json");
        assertThat(stolen.json().getString("detail")).contains("not offered to agent " + novice);

        JsonObject accepted = act(contact, "accept", expert).json();
        assertThat(accepted.getString("state")).isEqualTo("ACCEPTED");
        assertThat(api().get("api/agents/" + expert).json().getString("status")).isEqualTo("BUSY");
        JsonObject answered = api().get("api/contacts/" + contact).json();
        assertThat(answered.getJsonNumber("agentId").longValue()).isEqualTo(expert);
        assertThat(answered.getString("answeredAt")).isNotBlank();

        JsonObject completed = act(contact, "complete", expert).json();
        assertThat(completed.getString("state")).isEqualTo("COMPLETED");
        assertThat(api().get("api/agents/" + expert).json().getString("status")).isEqualTo("AVAILABLE");
        assertThat(api().get("api/contacts/" + contact).json().getString("endedAt"))
                .isNotBlank();
        assertThat(api().get("api/routing/agents/" + expert + "/work").jsonList())
                .isEmpty();
    }

    @Test
    void aRejectedContactGoesToTheNextAgentAndNeverBack() {
        long first = hire(5, "AVAILABLE");
        long second = hire(3, "AVAILABLE");
        defineQueue("");
        long contact = call();
        assertThat(agentOf(route(contact, ""))).isEqualTo(first);

        JsonObject rejected = act(contact, "reject", first).json();

        assertThat(rejected.getString("state")).isEqualTo("OFFERED");
        assertThat(agentOf(rejected)).isEqualTo(second);
        assertThat(rejected.getJsonArray("excludedAgents").getJsonNumber(0).longValue())
                .isEqualTo(first);
        assertThat(act(contact, "reject", second).json().getString("state"))
                .as("nobody else qualifies")
                .isEqualTo("WAITING");
    }

    @Test
    void aWaitingContactGoesToTheFirstAgentWhoBecomesAvailable() {
        long agent = hire(4, "OFFLINE");
        defineQueue("");
        long contact = call();
        assertThat(route(contact, "").getString("state")).isEqualTo("WAITING");
        assertThat(api().get("api/routing/status").jsonList())
                .filteredOn(q -> q.getString("queue").equals(queue))
                .singleElement()
                .satisfies(q -> assertThat(q.getInt("waiting")).isEqualTo(1));

        setStatus(agent, "AVAILABLE");

        JsonObject offered = routed(contact);
        assertThat(offered.getString("state")).isEqualTo("OFFERED");
        assertThat(agentOf(offered)).isEqualTo(agent);
        assertThat(api().get("api/routing/contacts/" + contact + "/decisions")
                        .jsonList()
                        .getFirst()
                        .getString("trigger"))
                .isEqualTo("AGENT_FREE");
    }

    @Test
    void aContactWidensOnTheClockToAgentsBelowTheSkillItAskedFor() throws InterruptedException {
        long agent = hire(2, "AVAILABLE");
        defineQueue("{\"afterSeconds\": 2, \"proficiencyRelief\": 3}");
        long contact = call();
        assertThat(route(contact, ", \"skills\": {\"%s\": 5}".formatted(skill)).getString("state"))
                .isEqualTo("WAITING");

        JsonObject widened = awaitRouted(contact, c -> c.getString("state").equals("OFFERED"));

        assertThat(widened.getString("state")).isEqualTo("OFFERED");
        assertThat(agentOf(widened)).isEqualTo(agent);
        assertThat(api().get("api/routing/contacts/" + contact + "/decisions")
                        .jsonList()
                        .getFirst()
                        .getString("trigger"))
                .isEqualTo("WIDENED");
    }

    @Test
    void anOfferNotAcceptedInTimeGoesToTheNextAgentAndSetsTheFirstAway() throws InterruptedException {
        long slow = hire(5, "AVAILABLE");
        long other = hire(3, "AVAILABLE");
        defineQueue("");
        long contact = call();
        assertThat(agentOf(route(contact, ""))).isEqualTo(slow);

        JsonObject moved = awaitRouted(contact, c -> c.containsKey("agentId") && agentOf(c) == other);

        assertThat(agentOf(moved)).isEqualTo(other);
        assertThat(api().get("api/agents/" + slow).json().getString("status")).isEqualTo("AWAY");
    }

    @Test
    void anAbandonedContactLeavesTheQueueAndCountsAgainstItsServiceLevel() {
        hire(4, "OFFLINE");
        defineQueue("");
        long contact = call();
        route(contact, "");

        HttpApi.Reply reply = api().post("api/routing/contacts/" + contact + "/withdraw", "{\"abandoned\": true}");

        assertThat(reply.json().getString("state")).isEqualTo("ABANDONED");
        assertThat(api().get("api/contacts/" + contact).json().getBoolean("abandoned"))
                .isTrue();
        assertThat(api().get("api/routing/status").jsonList())
                .filteredOn(q -> q.getString("queue").equals(queue))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.getInt("waiting")).isZero();
                    assertThat(q.getInt("abandoned")).isEqualTo(1);
                    assertThat(q.getJsonNumber("serviceLevel").doubleValue()).isZero();
                });
    }

    @Test
    void aRebuiltEngineStillKnowsWhoHoldsWhatAndWhoWaits() {
        long agent = hire(4, "AVAILABLE");
        defineQueue("");
        long held = call();
        assertThat(agentOf(route(held, ""))).isEqualTo(agent);
        long waiting = call();
        assertThat(route(waiting, "").getString("state"))
                .as("a phone agent takes one call")
                .isEqualTo("WAITING");

        HttpApi.Reply rebuilt = api().post("api/routing/engine/rebuild", "{}");
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(routed(waiting).getString("state")).isEqualTo("WAITING");

        act(held, "accept", agent);
        act(held, "complete", agent);
        JsonObject next = routed(waiting);
        assertThat(next.getString("state")).isEqualTo("OFFERED");
        assertThat(agentOf(next)).isEqualTo(agent);
    }

    @Test
    void twoAgentsAcceptingAtOnceNeverBothGetTheContact() throws Exception {
        long first = hire(5, "AVAILABLE");
        long second = hire(5, "AVAILABLE");
        defineQueue("");
        long contact = call();
        long offeredTo = agentOf(route(contact, ""));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (long agent : List.of(first, second, first, second)) {
                Callable<Integer> accept = () -> act(contact, "accept", agent).status();
                replies.add(pool.submit(accept));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(agentOf(routed(contact))).isEqualTo(offeredTo);
    }

    @Test
    void refusesRulesAndContactsRoutingCouldNeverServe() {
        hire(3, "OFFLINE");
        defineQueue("");

        HttpApi.Reply typo = api().put("api/routing/queues/" + queue + "-x", "{\"skills\": {\"bilingy\": 2}}");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.contentType()).startsWith("application/problem+json");
        assertThat(typo.json().getString("detail")).contains("no agent has the skill 'bilingy'");

        HttpApi.Reply nowhere = api().put(
                        "api/routing/queues/" + queue + "-y",
                        "{\"steps\": [{\"afterSeconds\": 5, \"overflowTo\": \"nowhere\"}]}");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().getString("detail")).contains("no queue named 'nowhere'");

        HttpApi.Reply klingon = api().put(
                        "api/routing/queues/" + queue + "-z",
                        "{\"steps\": [{\"afterSeconds\": 5, \"alsoLanguage\": \"xx\"}]}");
        assertThat(klingon.status()).isEqualTo(400);

        HttpApi.Reply backwards = api().put(
                        "api/routing/queues/" + queue + "-w",
                        "{\"steps\": [{\"afterSeconds\": 50}, {\"afterSeconds\": 5}]}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getString("detail")).contains("in order of afterSeconds");

        HttpApi.Reply unversioned = api().put("api/routing/queues/" + queue, "{}");
        assertThat(unversioned.status()).isEqualTo(400);

        HttpApi.Reply unknownQueue = api().post(
                        "api/routing/contacts",
                        "{\"contactId\": %d, \"queue\": \"nope-%s\", \"language\": \"en\"}".formatted(call(), skill));
        assertThat(unknownQueue.status()).isEqualTo(404);

        long contact = call();
        route(contact, "");
        HttpApi.Reply twice = api().post(
                        "api/routing/contacts",
                        "{\"contactId\": %d, \"queue\": \"%s\", \"language\": \"en\"}".formatted(contact, queue));
        assertThat(twice.status()).isEqualTo(409);

        HttpApi.Reply inUse = api().delete("api/routing/queues/" + queue);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().getString("detail")).contains("contacts wait in queue " + queue);
    }

    @Test
    void replacesAQueuesRulesAtTheVersionLastRead() {
        hire(3, "OFFLINE");
        defineQueue("{\"afterSeconds\": 30, \"proficiencyRelief\": 1}");
        JsonObject read = api().get("api/routing/queues/" + queue).json();
        assertThat(read.getJsonArray("steps")).hasSize(1);

        HttpApi.Reply replaced = api().put(
                        "api/routing/queues/" + queue,
                        "{\"skills\": {\"%s\": 2}, \"steps\": [], \"version\": %d}"
                                .formatted(skill, read.getJsonNumber("version").longValue()));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().getJsonArray("steps")).isEmpty();
        assertThat(replaced.json().getInt("answerTargetSeconds")).isEqualTo(20);

        HttpApi.Reply stale = api().put(
                        "api/routing/queues/" + queue,
                        "{\"version\": %d}"
                                .formatted(read.getJsonNumber("version").longValue()));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(api().delete("api/routing/queues/" + queue).status()).isEqualTo(204);
        assertThat(api().get("api/routing/queues/" + queue).status()).isEqualTo(404);
    }

    @Test
    void anAgentHandsAContactOnToTheNextTierAndIsFreeForTheirNext() {
        long first = hire(4, "AVAILABLE", "L1");
        long second = hire(4, "AVAILABLE", "L2");
        defineQueue("");
        long contact = call();
        assertThat(agentOf(route(contact, ""))).as("an L1 contact goes to L1").isEqualTo(first);
        act(contact, "accept", first);
        String answeredAt = api().get("api/contacts/" + contact).json().getString("answeredAt");

        HttpApi.Reply escalated = api().post(
                        "api/routing/contacts/" + contact + "/escalate",
                        "{\"agentId\": %d, \"reason\": \"refund above my limit\"}".formatted(first));

        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
        assertThat(escalated.json().getString("tier")).isEqualTo("L2");
        assertThat(escalated.json().getString("state")).isEqualTo("OFFERED");
        assertThat(agentOf(escalated.json())).isEqualTo(second);
        assertThat(api().get("api/routing/agents/" + first + "/work").jsonList())
                .isEmpty();
        assertThat(api().get("api/agents/" + first).json().getString("status")).isEqualTo("AVAILABLE");

        act(contact, "accept", second);
        JsonObject recorded = api().get("api/contacts/" + contact).json();
        assertThat(recorded.getBoolean("escalated")).isTrue();
        assertThat(recorded.getBoolean("transferred")).isTrue();
        assertThat(recorded.getJsonNumber("agentId").longValue()).isEqualTo(second);
        assertThat(recorded.getString("answeredAt"))
                .as("the first answer counts")
                .isEqualTo(answeredAt);
        assertThat(api().get("api/routing/contacts/" + contact + "/decisions").jsonList())
                .extracting(d -> d.getJsonNumber("agentId").longValue())
                .containsExactly(first, second);
    }

    @Test
    void escalatingAWaitingContactEscalatesItsCaseWhichKeepsItsHistory() {
        hire(4, "OFFLINE");
        defineQueue("");
        long customer = api().post("api/customers", "{\"name\": \"Escalating " + UUID.randomUUID() + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long supportCase = api().post(
                        "api/cases",
                        "{\"customerId\": %d, \"subject\": \"Router drops\", \"type\": \"incident\"}"
                                .formatted(customer))
                .json()
                .getJsonNumber("id")
                .longValue();
        long contact = call(", \"customerId\": %d, \"caseId\": %d".formatted(customer, supportCase));
        assertThat(route(contact, "").getString("tier")).isEqualTo("L1");

        HttpApi.Reply unexplained = api().post("api/routing/contacts/" + contact + "/escalate", "{}");
        assertThat(unexplained.status()).isEqualTo(400);

        JsonObject escalated = api().post(
                        "api/routing/contacts/" + contact + "/escalate", "{\"reason\": \"second-line fault\"}")
                .json();
        assertThat(escalated.getString("tier")).isEqualTo("L2");
        assertThat(escalated.getString("state")).isEqualTo("WAITING");
        assertThat(api().get("api/cases/" + supportCase).json().getString("supportTier"))
                .isEqualTo("L2");
        assertThat(api().get("api/cases/" + supportCase + "/history").jsonList())
                .extracting(h -> h.getString("action"))
                .contains("ESCALATE");

        JsonObject back = api().post(
                        "api/routing/contacts/" + contact + "/deescalate", "{\"reason\": \"first line can do it\"}")
                .json();
        assertThat(back.getString("tier")).isEqualTo("L1");
        assertThat(api().get("api/cases/" + supportCase).json().getString("supportTier"))
                .isEqualTo("L1");
    }

    /** GOLD P4 is used by no other test; its targets shrink to a minute with a 1% warning, then come back. */
    @Test
    void anSlaWarningMovesTheCasesWaitingContactUpATier() throws InterruptedException {
        hire(4, "OFFLINE");
        defineQueue("");
        JsonObject policy = api().get("api/sla-policies?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("valueTier").equals("GOLD")
                        && p.getString("priority").equals("P4"))
                .findFirst()
                .orElseThrow();
        String path = "api/sla-policies/" + policy.getJsonNumber("id").longValue();
        String targets = """
                {"valueTier": "GOLD", "priority": "P4", "firstResponseMinutes": %d, "resolutionMinutes": %d,
                 "warningPercent": %d, "calendarId": %d, "version": %d}""";
        long calendar = policy.getJsonNumber("calendarId").longValue();
        HttpApi.Reply shrunk = api().put(
                        path,
                        targets.formatted(
                                1,
                                1,
                                1,
                                calendar,
                                policy.getJsonNumber("version").longValue()));
        assertThat(shrunk.status()).as(shrunk.body()).isEqualTo(200);
        try {
            long customer = api().post(
                            "api/customers", "{\"name\": \"Gold " + UUID.randomUUID() + "\", \"valueTier\": \"GOLD\"}")
                    .json()
                    .getJsonNumber("id")
                    .longValue();
            long supportCase = api().post(
                            "api/cases",
                            "{\"customerId\": %d, \"subject\": \"Urgent\", \"priority\": \"P4\"}".formatted(customer))
                    .json()
                    .getJsonNumber("id")
                    .longValue();
            long contact = call(", \"customerId\": %d, \"caseId\": %d".formatted(customer, supportCase));
            JsonObject entered = route(contact, "");
            assertThat(entered.getString("valueTier")).isEqualTo("GOLD");
            assertThat(entered.getString("slaDeadline"))
                    .as("the case's first-response deadline")
                    .isNotBlank();

            JsonObject moved = awaitRouted(contact, c -> c.getString("tier").equals("L2"));

            assertThat(moved.getString("tier")).isEqualTo("L2");
            assertThat(api().get("api/cases/" + supportCase).json().getString("supportTier"))
                    .isEqualTo("L2");
        } finally {
            long version = api().get(path).json().getJsonNumber("version").longValue();
            api().put(
                            path,
                            targets.formatted(
                                    policy.getJsonNumber("firstResponseMinutes").longValue(),
                                    policy.getJsonNumber("resolutionMinutes").longValue(),
                                    policy.getJsonNumber("warningPercent").longValue(),
                                    calendar,
                                    version));
        }
    }
}
