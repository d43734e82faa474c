package org.frontline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.junit.jupiter.api.Test;

/** The routing engine's choices of agent and of contact, its widening, its explanations and its safety. */
class RoutingEngineTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final RoutingQueue SUPPORT = RoutingQueue.plain("support");
    private static final RoutingQueue BILLING = new RoutingQueue(
            "billing",
            Map.of("billing", 1),
            List.of(
                    new WideningStep(Duration.ofSeconds(30), 1, Optional.empty(), false, Optional.empty()),
                    new WideningStep(Duration.ofSeconds(60), 0, Optional.of("en"), true, Optional.empty()),
                    new WideningStep(Duration.ofSeconds(120), 0, Optional.empty(), false, Optional.of("general"))));
    private static final RoutingQueue GENERAL = new RoutingQueue("general", Map.of("general", 1), List.of());

    private RoutingEngine engine(AgentSelection selection) {
        return new RoutingEngine(List.of(SUPPORT, BILLING, GENERAL), RoutingWeights.standard(), selection);
    }

    private static RoutableAgent agent(long id, SupportTier tier, Map<String, Integer> skills, String... languages) {
        Map<String, Integer> spoken = new HashMap<>();
        for (String language : languages) {
            spoken.put(language, 5);
        }
        return new RoutableAgent(id, tier, skills, spoken, Map.of(Channel.PHONE, 1, Channel.CHAT, 2));
    }

    private static WaitingContact contact(long id, String queue, Map<String, Integer> skills, String language) {
        return contact(id, queue, Channel.PHONE, skills, language, Priority.P3, ValueTier.STANDARD, NINE);
    }

    private static WaitingContact contact(
            long id,
            String queue,
            Channel channel,
            Map<String, Integer> skills,
            String language,
            Priority priority,
            ValueTier tier,
            Instant arrivedAt) {
        return new WaitingContact(
                id,
                queue,
                channel,
                skills,
                language,
                SupportTier.L1,
                priority,
                tier,
                Optional.empty(),
                arrivedAt,
                Set.of(),
                Set.of());
    }

    /** An English phone call in the support queue from a standard customer at nine, with the given particulars. */
    private static WaitingContact special(
            long id,
            Map<String, Integer> skills,
            SupportTier tier,
            Priority priority,
            Optional<Instant> slaDeadline,
            Set<Long> preferred,
            Set<Long> excluded) {
        return new WaitingContact(
                id,
                "support",
                Channel.PHONE,
                skills,
                "en",
                tier,
                priority,
                ValueTier.STANDARD,
                slaDeadline,
                NINE,
                preferred,
                excluded);
    }

    @Test
    void routesASpanishBillingCallToTheAgentWhoSpeaksSpanishAndKnowsBilling() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of("billing", 5), "en"), NINE);
        engine.join(agent(2, SupportTier.L1, Map.of("billing", 3), "es", "en"), NINE);
        engine.join(agent(3, SupportTier.L1, Map.of("router", 5), "es"), NINE);
        List.of(1L, 2L, 3L).forEach(id -> engine.available(id, NINE));

        Optional<Decision> decision = engine.arrive(contact(10, "support", Map.of("billing", 2), "es"), NINE);

        assertThat(decision).get().extracting(Decision::agentId).isEqualTo(2L);
        assertThat(decision.get().trigger()).isEqualTo(Decision.Trigger.CONTACT_ARRIVED);
        assertThat(decision.get().why()).contains("best skill match (3)");
    }

    @Test
    void prefersTheBestSkillMatchThenTheLongestIdle() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of("billing", 3), "en"), NINE);
        engine.join(agent(2, SupportTier.L1, Map.of("billing", 5), "en"), NINE);
        engine.join(agent(3, SupportTier.L1, Map.of("billing", 5), "en"), NINE);
        engine.available(3, NINE.plusSeconds(5));
        engine.available(2, NINE.plusSeconds(10));
        engine.available(1, NINE);

        Decision first = engine.arrive(contact(10, "support", Map.of("billing", 2), "en"), NINE.plusSeconds(20))
                .orElseThrow();
        Decision second = engine.arrive(contact(11, "support", Map.of("billing", 2), "en"), NINE.plusSeconds(21))
                .orElseThrow();

        assertThat(first.agentId()).as("skill 5, idle longest").isEqualTo(3L);
        assertThat(second.agentId()).isEqualTo(2L);
        assertThat(first.candidates()).hasSize(3).first().asString().startsWith("agent 3");
    }

    @Test
    void aFreedAgentTakesTheMostUrgentContactWhereverItWaits() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of("billing", 5, "router", 5), "en"), NINE);
        engine.arrive(
                contact(10, "support", Channel.PHONE, Map.of("router", 1), "en", Priority.P4, ValueTier.STANDARD, NINE),
                NINE);
        engine.arrive(
                contact(
                        11,
                        "support",
                        Channel.PHONE,
                        Map.of("billing", 1),
                        "en",
                        Priority.P2,
                        ValueTier.GOLD,
                        NINE.plusSeconds(60)),
                NINE.plusSeconds(60));

        List<Decision> decisions = engine.available(1, NINE.plusSeconds(61));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.contactId())
                    .as("P2 Gold: 7 minutes of credit beat a 1-minute head start")
                    .isEqualTo(11L);
            assertThat(d.trigger()).isEqualTo(Decision.Trigger.AGENT_FREE);
            assertThat(d.candidates()).hasSize(2);
            assertThat(d.why()).contains("300 s priority credit", "120 s value-tier credit");
        });
    }

    @Test
    void nothingStarvesALowPriorityContactThatHasWaitedLongerThanAnyCredit() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of(), "en"), NINE);
        engine.arrive(
                contact(10, "support", Channel.PHONE, Map.of(), "en", Priority.P4, ValueTier.STANDARD, NINE), NINE);
        Instant later = NINE.plus(Duration.ofMinutes(15));
        engine.arrive(
                contact(11, "support", Channel.PHONE, Map.of(), "en", Priority.P1, ValueTier.PLATINUM, later), later);

        assertThat(engine.available(1, later))
                .singleElement()
                .extracting(Decision::contactId)
                .isEqualTo(10L);
    }

    @Test
    void aContactNearItsSlaDeadlineJumpsTheLine() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of(), "en"), NINE);
        engine.arrive(
                contact(10, "support", Channel.PHONE, Map.of(), "en", Priority.P1, ValueTier.STANDARD, NINE), NINE);
        WaitingContact breaching = special(
                11, Map.of(), SupportTier.L1, Priority.P4, Optional.of(NINE.minusSeconds(660)), Set.of(), Set.of());
        engine.arrive(breaching, NINE);

        Decision decision = engine.available(1, NINE).getFirst();

        assertThat(decision.contactId()).isEqualTo(11L);
        assertThat(decision.why()).contains("ranked by its SLA deadline");
    }

    @Test
    void anAgentNeverHoldsMoreThanTheirChannelCapacity() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of(), "en"), NINE);
        for (long id = 10; id < 13; id++) {
            engine.arrive(
                    contact(id, "support", Channel.CHAT, Map.of(), "en", Priority.P3, ValueTier.STANDARD, NINE), NINE);
        }

        assertThat(engine.available(1, NINE)).extracting(Decision::contactId).containsExactly(10L, 11L);
        assertThat(engine.status(NINE).waiting()).isEqualTo(1);
        assertThat(engine.complete(1, Channel.CHAT, NINE.plusSeconds(90)))
                .extracting(Decision::contactId)
                .containsExactly(12L);
    }

    @Test
    void aContactHeldBeforeARestartStillTakesItsPlaceOfTheAgentsCapacity() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of(), "en"), NINE);
        engine.resume(1, Channel.PHONE);
        engine.available(1, NINE);

        assertThat(engine.arrive(contact(10, "support", Map.of(), "en"), NINE)).isEmpty();
        assertThat(engine.complete(1, Channel.PHONE, NINE.plusSeconds(60)))
                .singleElement()
                .extracting(Decision::contactId)
                .isEqualTo(10L);
    }

    @Test
    void redefiningAQueueAppliesItsNewStepsToTheContactsWaitingInIt() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of("billing", 2), "en"), NINE);
        engine.available(1, NINE);
        engine.arrive(contact(10, "support", Map.of("billing", 4), "en"), NINE);

        RoutingQueue relieved = new RoutingQueue(
                "support",
                Map.of(),
                List.of(new WideningStep(Duration.ofSeconds(20), 2, Optional.empty(), false, Optional.empty())));
        List<Decision> decisions = engine.define(relieved, NINE.plusSeconds(30));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.contactId()).isEqualTo(10L);
            assertThat(d.requirement()).contains("billing=2");
        });
        assertThat(engine.tick(NINE.plusSeconds(60))).isEmpty();
    }

    @Test
    void aQueueInUseCannotBeRemoved() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.arrive(contact(10, "support", Map.of(), "en"), NINE);

        assertThatThrownBy(() -> engine.remove("general"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("billing overflows to general");
        assertThatThrownBy(() -> engine.remove("support")).hasMessageContaining("contacts wait");
        assertThat(engine.withdraw(10)).isTrue();
        engine.remove("support");
        assertThatThrownBy(() -> engine.arrive(contact(11, "support", Map.of(), "en"), NINE))
                .hasMessageContaining("no routing queue named 'support'");
    }

    @Test
    void aCallWaitsForAnAgentOfItsTierAndNeverGoesToAnExcludedOne() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of(), "en"), NINE);
        engine.join(agent(2, SupportTier.L2, Map.of(), "en"), NINE);
        engine.available(1, NINE);
        engine.available(2, NINE);
        WaitingContact secondLine =
                special(10, Map.of(), SupportTier.L2, Priority.P3, Optional.empty(), Set.of(), Set.of(2L));

        assertThat(engine.arrive(secondLine, NINE)).isEmpty();
        assertThat(engine.status(NINE).waiting()).isEqualTo(1);
    }

    @Test
    void anAgentWhoLearnsASkillTakesTheContactsWaitingForIt() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of(), "en"), NINE);
        engine.available(1, NINE);
        engine.arrive(contact(10, "support", Map.of("vpn", 2), "en"), NINE);

        List<Decision> decisions = engine.join(agent(1, SupportTier.L1, Map.of("vpn", 3), "en"), NINE.plusSeconds(5));

        assertThat(decisions).singleElement().extracting(Decision::contactId).isEqualTo(10L);
    }

    @Test
    void aPreferredAgentGetsTheContactBeforeABetterMatch() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of("billing", 5), "en"), NINE);
        engine.join(agent(2, SupportTier.L1, Map.of("billing", 2), "en"), NINE);
        engine.available(1, NINE);
        engine.available(2, NINE);
        WaitingContact returning =
                special(10, Map.of("billing", 1), SupportTier.L1, Priority.P3, Optional.empty(), Set.of(2L), Set.of());

        Decision decision = engine.arrive(returning, NINE).orElseThrow();

        assertThat(decision.agentId()).isEqualTo(2L);
        assertThat(decision.why()).contains("prefers");
    }

    @Test
    void widensStepByStepAsTheContactWaits() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of("billing", 3), "fr"), NINE);
        engine.join(agent(2, SupportTier.L2, Map.of("billing", 4), "en"), NINE);
        engine.join(agent(3, SupportTier.L1, Map.of("general", 2), "de"), NINE);
        engine.available(1, NINE);
        engine.available(2, NINE);
        engine.available(3, NINE);
        engine.arrive(contact(10, "billing", Map.of("billing", 4), "fr"), NINE);
        engine.arrive(contact(11, "billing", Map.of("billing", 5), "de"), NINE);
        engine.arrive(contact(12, "billing", Map.of("billing", 5), "de"), NINE);

        List<Decision> none = engine.tick(NINE.plusSeconds(29));
        List<Decision> relieved = engine.tick(NINE.plusSeconds(30));
        List<Decision> englishOrNextTier = engine.tick(NINE.plusSeconds(60));
        List<Decision> overflowed = engine.tick(NINE.plusSeconds(120));

        assertThat(none).isEmpty();
        assertThat(relieved).singleElement().satisfies(d -> {
            assertThat(d.contactId()).isEqualTo(10L);
            assertThat(d.agentId()).as("billing 3 will do after 30 s").isEqualTo(1L);
            assertThat(d.trigger()).isEqualTo(Decision.Trigger.WIDENED);
        });
        assertThat(englishOrNextTier).singleElement().satisfies(d -> {
            assertThat(d.contactId()).isEqualTo(11L);
            assertThat(d.agentId())
                    .as("English at L2 with billing 4 will do after 60 s")
                    .isEqualTo(2L);
        });
        assertThat(overflowed).singleElement().satisfies(d -> {
            assertThat(d.contactId()).isEqualTo(12L);
            assertThat(d.agentId())
                    .as("the general queue's German agent after 120 s")
                    .isEqualTo(3L);
        });
    }

    @Test
    void aContactThatArrivesLateTakesTheStepsAlreadyDue() {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        engine.join(agent(1, SupportTier.L1, Map.of("billing", 3), "fr"), NINE);
        engine.available(1, NINE.plusSeconds(45));

        assertThat(engine.arrive(contact(10, "billing", Map.of("billing", 4), "fr"), NINE.plusSeconds(45)))
                .isPresent();
    }

    @Test
    void roundRobinTakesTurnsAndLeastOccupiedSparesTheBusy() {
        RoutingEngine turns = engine(AgentSelection.ROUND_ROBIN);
        RoutingEngine spare = engine(AgentSelection.LEAST_OCCUPIED);
        for (RoutingEngine engine : List.of(turns, spare)) {
            engine.join(agent(1, SupportTier.L1, Map.of(), "en"), NINE);
            engine.join(agent(2, SupportTier.L1, Map.of(), "en"), NINE);
            engine.available(1, NINE);
            engine.available(2, NINE);
        }
        List<Long> chosen = new ArrayList<>();
        for (long id = 10; id < 14; id++) {
            Instant at = NINE.plusSeconds(id);
            chosen.add(turns.arrive(
                            contact(id, "support", Channel.CHAT, Map.of(), "en", Priority.P3, ValueTier.STANDARD, at),
                            at)
                    .orElseThrow()
                    .agentId());
        }
        Instant at = NINE.plusSeconds(20);
        long first = spare.arrive(
                        contact(20, "support", Channel.CHAT, Map.of(), "en", Priority.P3, ValueTier.STANDARD, at), at)
                .orElseThrow()
                .agentId();
        long second = spare.arrive(
                        contact(21, "support", Channel.CHAT, Map.of(), "en", Priority.P3, ValueTier.STANDARD, at), at)
                .orElseThrow()
                .agentId();

        assertThat(chosen).containsExactly(1L, 2L, 1L, 2L);
        assertThat(second).as("the other agent holds nothing yet").isNotEqualTo(first);
    }

    @Test
    void underConcurrentArrivalsAndCompletionsNoContactGoesTwiceAndNoAgentOverfills() throws Exception {
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        int agents = 20;
        for (long id = 1; id <= agents; id++) {
            engine.join(agent(id, SupportTier.L1, Map.of("billing", 3), "en"), NINE);
            engine.available(id, NINE);
        }
        Map<Long, Long> owner = new ConcurrentHashMap<>();
        Map<Long, Integer> holding = new ConcurrentHashMap<>();
        List<String> faults = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(thread);
                for (int i = 0; i < 2_000; i++) {
                    long id = thread * 1_000_000L + i;
                    Instant now = NINE.plusMillis(i);
                    List<Decision> decisions = new ArrayList<>();
                    engine.arrive(
                                    contact(
                                            id,
                                            "support",
                                            Channel.CHAT,
                                            Map.of("billing", 2),
                                            "en",
                                            Priority.P3,
                                            ValueTier.STANDARD,
                                            now),
                                    now)
                            .ifPresent(decisions::add);
                    long agent = 1 + random.nextInt(agents);
                    synchronized (holding) {
                        if (holding.getOrDefault(agent, 0) > 0) {
                            holding.merge(agent, -1, Integer::sum);
                            decisions.addAll(engine.complete(agent, Channel.CHAT, now));
                        }
                        for (Decision d : decisions) {
                            if (owner.putIfAbsent(d.contactId(), d.agentId()) != null) {
                                faults.add("contact " + d.contactId() + " went twice");
                            }
                            if (holding.merge(d.agentId(), 1, Integer::sum) > 2) {
                                faults.add("agent " + d.agentId() + " holds more than 2 chats");
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();

        assertThat(faults).isEmpty();
        assertThat(owner).isNotEmpty();
        assertThat(owner.size() + engine.status(NINE).waiting()).isEqualTo(8_000);
    }

    @Test
    void everyDecisionOnRandomEventsHonoursTheRequirementItWasMadeUnder() {
        SplittableRandom random = new SplittableRandom(42);
        RoutingEngine engine = engine(AgentSelection.LONGEST_IDLE);
        List<String> skills = List.of("billing", "router", "mesh", "vpn");
        List<String> languages = List.of("en", "fr", "de");
        Map<Long, RoutableAgent> agents = new HashMap<>();
        for (long id = 1; id <= 30; id++) {
            Map<String, Integer> has = new HashMap<>();
            skills.stream().filter(s -> random.nextBoolean()).forEach(s -> has.put(s, 1 + random.nextInt(5)));
            RoutableAgent agent =
                    agent(id, SupportTier.values()[random.nextInt(3)], has, languages.get(random.nextInt(3)));
            agents.put(id, agent);
            engine.join(agent, NINE);
            engine.available(id, NINE);
        }
        Map<Long, WaitingContact> contacts = new HashMap<>();
        Set<Long> decided = new HashSet<>();
        Map<Long, Integer> held = new HashMap<>();
        Instant now = NINE;
        for (long id = 100; id < 3_000; id++) {
            now = now.plusMillis(random.nextInt(2_000));
            WaitingContact contact = new WaitingContact(
                    id,
                    "support",
                    Channel.PHONE,
                    Map.of(skills.get(random.nextInt(4)), 1 + random.nextInt(4)),
                    languages.get(random.nextInt(3)),
                    SupportTier.values()[random.nextInt(3)],
                    Priority.values()[random.nextInt(4)],
                    ValueTier.values()[random.nextInt(4)],
                    Optional.empty(),
                    now,
                    Set.of(),
                    Set.of());
            contacts.put(id, contact);
            List<Decision> decisions = new ArrayList<>();
            engine.arrive(contact, now).ifPresent(decisions::add);
            long agent = 1 + random.nextInt(30);
            if (held.getOrDefault(agent, 0) > 0) {
                held.merge(agent, -1, Integer::sum);
                decisions.addAll(engine.complete(agent, Channel.PHONE, now));
            }
            for (Decision d : decisions) {
                assertThat(decided.add(d.contactId()))
                        .as("contact %d decided once", d.contactId())
                        .isTrue();
                assertThat(contacts.get(d.contactId()).requirement().isMetBy(agents.get(d.agentId())))
                        .as("support has no widening: %s", d)
                        .isTrue();
                assertThat(held.merge(d.agentId(), 1, Integer::sum)).isLessThanOrEqualTo(1);
            }
        }
    }
}
