package org.frontline.routing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.routing.engine.AgentSelection;
import org.frontline.routing.engine.RoutableAgent;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.RoutingWeights;
import org.frontline.routing.staffing.ErlangA;
import org.frontline.routing.staffing.ErlangC;
import org.frontline.routing.staffing.QueuePerformance;
import org.frontline.routing.staffing.Workload;
import org.junit.jupiter.api.Test;

/**
 * The simulation against queueing theory: with one skill, Poisson arrivals and exponential handle times (M/M/c) its
 * service level and speed of answer agree with Erlang C, and with exponential patience (M/M/c+M) its service level
 * and abandonment agree with Erlang A: the model's value lies inside the simulation's 95% confidence interval.
 */
class SimulationTest {
    private static final int INTERVALS = 48;
    private static final double CALLS_PER_HALF_HOUR = 100;
    private static final double HANDLE_SECONDS = 180;
    private static final double TARGET_SECONDS = 20;
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private static Scenario calls(int agents, Optional<Distribution> patience) {
        return calls(agents, patience, "en", "en");
    }

    /** A day of steady calls in one language to agents who speak another (or the same), working all day. */
    private static Scenario calls(int agents, Optional<Distribution> patience, String asked, String spoken) {
        double[] arrivals = new double[INTERVALS];
        Arrays.fill(arrivals, CALLS_PER_HALF_HOUR);
        ContactDemand demand = new ContactDemand(
                "calls",
                Channel.PHONE,
                Map.of(),
                asked,
                SupportTier.L1,
                arrivals,
                new Distribution.Exponential(HANDLE_SECONDS),
                patience);
        List<Shift> shifts = new ArrayList<>();
        for (long id = 1; id <= agents; id++) {
            RoutableAgent agent =
                    new RoutableAgent(id, SupportTier.L1, Map.of(), Map.of(spoken, 5), Map.of(Channel.PHONE, 1));
            shifts.add(new Shift(agent, Duration.ZERO, Duration.ofHours(25)));
        }
        return new Scenario(
                List.of(RoutingQueue.plain("calls")),
                List.of(demand),
                shifts,
                HALF_HOUR,
                INTERVALS,
                Duration.ofSeconds((long) TARGET_SECONDS),
                AgentSelection.LONGEST_IDLE,
                RoutingWeights.standard());
    }

    private static Workload workload() {
        return Workload.calls(CALLS_PER_HALF_HOUR, HANDLE_SECONDS, HALF_HOUR.toSeconds());
    }

    @Test
    void agreesWithErlangCForASingleSkillQueue() {
        QueuePerformance theory = new ErlangC(workload()).performance(12, TARGET_SECONDS);

        SimulationResult result = Simulation.run(calls(12, Optional.empty()), 30, 42, done -> {});

        QueueOutcome calls = result.queues().getFirst();
        System.out.printf(
                "M/M/12, 10 Erlangs: Erlang C SL %.4f ASA %.2f s; simulated SL %.4f ± %.4f, ASA %.2f ± %.2f s%n",
                theory.serviceLevel(),
                theory.averageSpeedOfAnswerSeconds(),
                calls.serviceLevel().mean(),
                calls.serviceLevel().halfWidth(),
                calls.averageSpeedOfAnswer().mean(),
                calls.averageSpeedOfAnswer().halfWidth());
        assertThat(calls.serviceLevel().covers(theory.serviceLevel()))
                .as("Erlang C SL %.4f in %s", theory.serviceLevel(), calls.serviceLevel())
                .isTrue();
        assertThat(calls.averageSpeedOfAnswer().covers(theory.averageSpeedOfAnswerSeconds()))
                .as("Erlang C ASA %.2f in %s", theory.averageSpeedOfAnswerSeconds(), calls.averageSpeedOfAnswer())
                .isTrue();
        assertThat(calls.abandonment().mean()).isZero();
        assertThat(result.occupancy().mean()).isCloseTo(theory.occupancy(), within(0.01));
    }

    @Test
    void agreesWithErlangAWhenCallersHangUp() {
        double patience = 120;
        QueuePerformance theory = new ErlangA(workload(), patience).performance(10, TARGET_SECONDS);

        SimulationResult result =
                Simulation.run(calls(10, Optional.of(new Distribution.Exponential(patience))), 30, 7, done -> {});

        QueueOutcome calls = result.queues().getFirst();
        System.out.printf(
                "M/M/10+M, 10 Erlangs, patience 120 s: Erlang A SL %.4f abandonment %.4f; simulated SL %.4f ± %.4f,"
                        + " abandonment %.4f ± %.4f%n",
                theory.serviceLevel(),
                theory.abandonment(),
                calls.serviceLevel().mean(),
                calls.serviceLevel().halfWidth(),
                calls.abandonment().mean(),
                calls.abandonment().halfWidth());
        assertThat(calls.serviceLevel().covers(theory.serviceLevel()))
                .as("Erlang A SL %.4f in %s", theory.serviceLevel(), calls.serviceLevel())
                .isTrue();
        assertThat(calls.abandonment().covers(theory.abandonment()))
                .as("Erlang A abandonment %.4f in %s", theory.abandonment(), calls.abandonment())
                .isTrue();
    }

    @Test
    void arrivalsFollowTheDemandOfEachInterval() {
        SimulationResult result = Simulation.run(calls(12, Optional.empty()), 10, 1, done -> {});

        QueueOutcome calls = result.queues().getFirst();
        assertThat(calls.offered().covers(CALLS_PER_HALF_HOUR * INTERVALS)).isTrue();
        assertThat(calls.intervals()).hasSize(INTERVALS);
        assertThat(calls.intervals().get(17).offered().mean()).isCloseTo(CALLS_PER_HALF_HOUR, within(15.0));
    }

    @Test
    void theRealEngineDecidesSoNobodyAnswersALanguageNoAgentSpeaks() {
        Scenario spanishCallsEnglishAgents = calls(12, Optional.of(new Distribution.Exponential(60)), "es", "en");

        SimulationResult result = Simulation.run(spanishCallsEnglishAgents, 2, 3, done -> {});

        assertThat(result.decisions()).isZero();
        assertThat(result.queues().getFirst().abandonment().mean()).isEqualTo(1.0);
    }

    @Test
    void reportsProgressAfterEachReplicationAndRepeatsItselfForTheSameSeed() {
        List<Integer> progress = new ArrayList<>();
        SimulationResult first = Simulation.run(calls(12, Optional.empty()), 3, 99, progress::add);
        SimulationResult again = Simulation.run(calls(12, Optional.empty()), 3, 99, done -> {});

        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(again.queues().getFirst().serviceLevel())
                .isEqualTo(first.queues().getFirst().serviceLevel());
    }

    @Test
    void fitsALogNormalToObservedHandleTimes() {
        Distribution.LogNormal truth = Distribution.LogNormal.withMean(300, 150);
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] observed = new double[20_000];
        for (int i = 0; i < observed.length; i++) {
            observed[i] = truth.sample(random);
        }

        Distribution.LogNormal fitted = Distribution.LogNormal.fit(observed);

        assertThat(fitted.mean()).isCloseTo(300, within(6.0));
        assertThat(fitted.sigma()).isCloseTo(truth.sigma(), within(0.02));
    }
}
