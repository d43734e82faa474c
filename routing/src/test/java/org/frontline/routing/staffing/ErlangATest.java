package org.frontline.routing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Erlang A against its exact special cases, its limit (Erlang C), a direct simulation and its properties. */
class ErlangATest {
    private static final double HALF_HOUR = 1800;

    /**
     * When patience averages the handle time, every contact present leaves at the same rate whether waiting or
     * served, so the number present is Poisson(A) (the M/M/∞ queue): P(wait) = P(X ≥ n) and, by Little's law,
     * abandonment = E[(X − n)+] / A.
     */
    @Test
    void patienceEqualToTheHandleTimeGivesThePoissonQueue() {
        double traffic = 20;
        ErlangA model = new ErlangA(Workload.calls(traffic * HALF_HOUR / 180, 180, HALF_HOUR), 180);
        for (int agents : new int[] {5, 15, 20, 25, 35}) {
            double atLeast = 0;
            double excess = 0;
            double p = Math.exp(-traffic);
            for (int k = 0; k < 200; k++) {
                if (k >= agents) {
                    atLeast += p;
                    excess += (k - agents) * p;
                }
                p = p * traffic / (k + 1);
            }

            QueuePerformance performance = model.performance(agents, 20);

            assertThat(performance.probabilityOfWaiting()).as("n=%d", agents).isCloseTo(atLeast, within(1e-12));
            assertThat(performance.abandonment()).as("n=%d", agents).isCloseTo(excess / traffic, within(1e-12));
        }
    }

    @Test
    void veryPatientCallersBehaveAsInErlangC() {
        Workload workload = Workload.calls(1080, 10, HALF_HOUR);
        ErlangA patient = new ErlangA(workload, ErlangA.MAX_PATIENCE_SECONDS);
        ErlangC erlangC = new ErlangC(workload);
        for (int agents = 7; agents <= 12; agents++) {
            QueuePerformance a = patient.performance(agents, 10);
            QueuePerformance c = erlangC.performance(agents, 10);

            assertThat(a.probabilityOfWaiting()).as("n=%d", agents).isCloseTo(c.probabilityOfWaiting(), within(0.01));
            assertThat(a.serviceLevel()).as("n=%d", agents).isCloseTo(c.serviceLevel(), within(0.01));
            assertThat(a.averageSpeedOfAnswerSeconds())
                    .as("n=%d", agents)
                    .isCloseTo(c.averageSpeedOfAnswerSeconds(), within(0.05 * c.averageSpeedOfAnswerSeconds()));
        }
    }

    @Test
    void agreesWithASimulationOfTheSameQueue() {
        Workload workload = Workload.calls(400, 240, HALF_HOUR);
        double patience = 120;
        int agents = 50;
        QueuePerformance exact = new ErlangA(workload, patience).performance(agents, 20);

        double[] simulated = simulate(workload, patience, agents, 20, 400_000, new SplittableRandom(1));

        assertThat(simulated[0]).as("service level").isCloseTo(exact.serviceLevel(), within(0.01));
        assertThat(simulated[1]).as("abandonment").isCloseTo(exact.abandonment(), within(0.005));
        assertThat(simulated[2])
                .as("average wait")
                .isCloseTo(exact.averageSpeedOfAnswerSeconds(), within(0.05 * exact.averageSpeedOfAnswerSeconds()));
    }

    /**
     * M/M/n+M first come first served, event by event: returns the share answered within the threshold, the share
     * abandoned and the mean wait (to answer or to hanging up) over the given number of arrivals.
     */
    private static double[] simulate(
            Workload workload, double patience, int agents, double threshold, int arrivals, SplittableRandom random) {
        PriorityQueue<Double> freeAt = new PriorityQueue<>();
        for (int i = 0; i < agents; i++) {
            freeAt.add(0.0);
        }
        Deque<double[]> waiting = new ArrayDeque<>();
        double clock = 0;
        long answeredInTime = 0;
        long abandoned = 0;
        double waited = 0;
        for (int i = 0; i < arrivals; i++) {
            clock += exponential(random, 1 / workload.arrivalRate());
            double gives = clock + exponential(random, patience);
            double free = freeAt.poll();
            double start = Math.max(clock, free);
            if (start > gives) {
                abandoned++;
                waited += gives - clock;
                freeAt.add(free);
            } else {
                waited += start - clock;
                if (start - clock <= threshold) {
                    answeredInTime++;
                }
                freeAt.add(start + exponential(random, workload.serviceSeconds()));
            }
        }
        assertThat(waiting).isEmpty();
        return new double[] {(double) answeredInTime / arrivals, (double) abandoned / arrivals, waited / arrivals};
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    @Test
    void moreAgentsAnswerMoreAndLoseFewer() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 30; i++) {
            Workload workload = Workload.calls(random.nextDouble(10, 2_000), random.nextDouble(60, 600), HALF_HOUR);
            ErlangA model = new ErlangA(workload, random.nextDouble(10, 600));
            QueuePerformance previous = model.performance(0, 20);
            int step = Math.max(1, (int) (workload.traffic() / 20));
            for (int agents = step; agents < workload.traffic() * 1.5; agents += step) {
                QueuePerformance next = model.performance(agents, 20);

                assertThat(next.serviceLevel()).isGreaterThanOrEqualTo(previous.serviceLevel() - 1e-12);
                assertThat(next.abandonment()).isLessThanOrEqualTo(previous.abandonment() + 1e-12);
                assertThat(next.serviceLevel() + next.abandonment()).isLessThanOrEqualTo(1 + 1e-9);
                previous = next;
            }
        }
    }

    @Test
    void staffsToAServiceLevelAndAnAbandonmentCap() {
        ErlangA model = new ErlangA(Workload.calls(360, 240, HALF_HOUR), 60);

        StaffingPlan plan = Staffing.plan(model, new ServiceTarget(0.8, 20, 1, 0.02), 0.25);

        assertThat(plan.performance().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(plan.performance().abandonment()).isLessThanOrEqualTo(0.02);
        QueuePerformance oneFewer = model.performance(plan.requiredAgents() - 1, 20);
        assertThat(oneFewer.serviceLevel() < 0.8 || oneFewer.abandonment() > 0.02)
                .isTrue();
        assertThat(plan.scheduledAgents()).isEqualTo((int) Math.ceil(plan.requiredAgents() / 0.75));
    }

    @Test
    void rejectsPatienceThatMeansNothing() {
        Workload workload = Workload.calls(360, 240, HALF_HOUR);

        assertThatThrownBy(() -> new ErlangA(workload, 0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("patienceSeconds");
        assertThatThrownBy(() -> new ErlangA(workload, Double.NaN)).isInstanceOf(InvalidValueException.class);
    }
}
