package org.frontline.benchmarks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.routing.engine.AgentSelection;
import org.frontline.routing.engine.Decision;
import org.frontline.routing.engine.RoutableAgent;
import org.frontline.routing.engine.RoutingEngine;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.RoutingWeights;
import org.frontline.routing.engine.WaitingContact;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Routing decisions per second at scale (JMH): agents with 10 of 200 skills, 2 of 20 languages, a tier and phone and
 * chat capacity; 100,000 contacts waiting, each needing one skill at a level, a language, a tier and a channel that
 * some agent has (drawn from a random agent's profile, as a centre's contacts are for what it staffs). One operation
 * is a steady-state step: an agent completes a contact and the engine picks the next one for them (a decision over
 * every line they qualify for on that channel), and a new contact arrives and joins its line. Run at 1,000, 10,000
 * and 100,000 agents to show how the cost grows; the decisions per operation are printed at the end of each trial.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.RoutingDecisionBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class RoutingDecisionBenchmark {
    private static final int SKILLS = 200;
    private static final int LANGUAGES = 20;
    private static final int WAITING = 100_000;
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @Param({"1000", "10000", "100000"})
    public int agents;

    private RoutingEngine engine;
    private SplittableRandom random;
    private long nextContact;
    private long clock;
    private int nextAgent;
    private ArrayDeque<Channel>[] held;
    private RoutableAgent[] profiles;
    /** Each agent's skills and languages as lists, drawn from for new contacts without copying per contact. */
    private List<String>[] skillNames;

    private List<String>[] languageNames;
    private long operations;
    private long decisions;

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(RoutingDecisionBenchmark.class.getSimpleName())
                        .build())
                .run();
    }

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void fillTheCentre() {
        random = new SplittableRandom(17);
        engine = new RoutingEngine(
                List.of(RoutingQueue.plain("support")), RoutingWeights.standard(), AgentSelection.LONGEST_IDLE);
        held = new ArrayDeque[agents + 1];
        profiles = new RoutableAgent[agents + 1];
        skillNames = new List[agents + 1];
        languageNames = new List[agents + 1];
        for (int id = 1; id <= agents; id++) {
            Map<String, Integer> skills = new HashMap<>();
            while (skills.size() < 10) {
                skills.put("skill-" + random.nextInt(SKILLS), 1 + random.nextInt(5));
            }
            Map<String, Integer> languages = new HashMap<>();
            while (languages.size() < 2) {
                languages.put("lang-" + random.nextInt(LANGUAGES), 3 + random.nextInt(3));
            }
            profiles[id] = new RoutableAgent(
                    id,
                    SupportTier.values()[random.nextInt(3)],
                    skills,
                    languages,
                    Map.of(Channel.PHONE, 1, Channel.CHAT, 2));
            skillNames[id] = List.copyOf(skills.keySet());
            languageNames[id] = List.copyOf(languages.keySet());
            engine.join(profiles[id], START);
            held[id] = new ArrayDeque<>();
        }
        for (int i = 0; i < WAITING; i++) {
            engine.arrive(contact(), now());
        }
        int taken = 0;
        for (int id = 1; id <= agents; id++) {
            List<Decision> decisions = engine.available(id, now());
            record(decisions);
            taken += decisions.size();
        }
        for (int i = 0; i < taken; i++) {
            engine.arrive(contact(), now());
        }
    }

    /** One agent completes a contact and gets the next; one contact arrives. */
    @Benchmark
    public int completeAndArrive() {
        int agent = nextHoldingAgent();
        Channel channel = held[agent].poll();
        List<Decision> next = engine.complete(agent, channel, now());
        record(next);
        Optional<Decision> arrived = engine.arrive(contact(), now());
        arrived.ifPresent(d -> held[(int) d.agentId()].add(d.channel()));
        operations++;
        decisions += next.size() + (arrived.isPresent() ? 1 : 0);
        return next.size();
    }

    @TearDown(Level.Trial)
    public void sayHowManyDecisions() {
        System.out.printf(
                "%n%,d agents: %.3f decisions per operation (%,d operations)%n",
                agents, (double) decisions / operations, operations);
    }

    private int nextHoldingAgent() {
        for (int tries = 0; tries <= agents; tries++) {
            nextAgent = nextAgent % agents + 1;
            if (!held[nextAgent].isEmpty()) {
                return nextAgent;
            }
        }
        throw new IllegalStateException("no agent holds a contact");
    }

    private void record(List<Decision> decisions) {
        decisions.forEach(d -> held[(int) d.agentId()].add(d.channel()));
    }

    private Instant now() {
        return START.plusMillis(clock++);
    }

    /** A contact for what a random agent can do: one of their skills at or below their level, their language, tier. */
    private WaitingContact contact() {
        int id = 1 + random.nextInt(agents);
        RoutableAgent like = profiles[id];
        List<String> skills = skillNames[id];
        String skill = skills.get(random.nextInt(skills.size()));
        List<String> languages = languageNames[id];
        return new WaitingContact(
                ++nextContact,
                "support",
                random.nextInt(3) == 0 ? Channel.CHAT : Channel.PHONE,
                Map.of(skill, 1 + random.nextInt(Math.min(3, like.skills().get(skill)))),
                languages.get(random.nextInt(languages.size())),
                like.tier(),
                Priority.values()[random.nextInt(4)],
                ValueTier.values()[random.nextInt(4)],
                Optional.empty(),
                now(),
                Set.of(),
                Set.of());
    }
}
