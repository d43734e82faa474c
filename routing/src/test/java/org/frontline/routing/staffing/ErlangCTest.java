package org.frontline.routing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Erlang C against a published worked example, the closed form, a high-precision reference and its properties. */
class ErlangCTest {
    private static final double HALF_HOUR = 1800;

    /**
     * The worked example of Westbay Engineers' "The Erlang-C formula" (erlang.com): 360 calls per half hour, 4-minute
     * calls, 55 agents, a 15-second answer target. Its steps give 48 Erlangs, 87.3% occupancy, a 23.9% probability of
     * waiting, an 8.2-second ASA and 84.6% answered within 15 s (the figures below were also checked with exact
     * rational arithmetic).
     */
    @Test
    void reproducesTheWestbayWorkedExample() {
        ErlangC model = new ErlangC(Workload.calls(360, 240, HALF_HOUR));

        QueuePerformance performance = model.performance(55, 15);

        assertThat(model.workload().traffic()).isEqualTo(48.0);
        assertThat(performance.occupancy()).isCloseTo(0.872727, within(1e-6));
        assertThat(performance.probabilityOfWaiting()).isCloseTo(0.2387009364, within(1e-10));
        assertThat(performance.averageSpeedOfAnswerSeconds()).isCloseTo(8.184032104, within(1e-8));
        assertThat(performance.serviceLevel()).isCloseTo(0.8458830922, within(1e-10));
    }

    @Test
    void staffsTheWorkedExampleForEightyPercentInTwentySeconds() {
        ErlangC model = new ErlangC(Workload.calls(360, 240, HALF_HOUR));

        StaffingPlan plan = Staffing.plan(model, ServiceTarget.answering(0.8, 20), 0.3);

        assertThat(plan.requiredAgents()).isEqualTo(54);
        assertThat(plan.performance().serviceLevel()).isCloseTo(0.81725, within(1e-5));
        assertThat(model.performance(53, 20).serviceLevel()).isLessThan(0.8);
        assertThat(plan.scheduledAgents()).as("54 / (1 - 0.3) = 77.1").isEqualTo(78);
    }

    @Test
    void anOccupancyCapCanRequireMoreAgentsThanTheServiceLevel() {
        ErlangC model = new ErlangC(Workload.calls(360, 240, HALF_HOUR));

        StaffingPlan plan = Staffing.plan(model, new ServiceTarget(0.8, 20, 0.8, 1), 0);

        assertThat(plan.requiredAgents()).as("48 / 0.8").isEqualTo(60);
        assertThat(plan.performance().occupancy()).isEqualTo(0.8);
    }

    @Test
    void matchesTheFactorialClosedFormForSmallTeams() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            int agents = 1 + random.nextInt(15);
            double traffic = random.nextDouble(0.01, agents);
            ErlangC model = new ErlangC(new Workload(traffic * 10, 180, 1800, 1));

            assertThat(model.probabilityOfWaiting(agents))
                    .as("n=%d, A=%s", agents, traffic)
                    .isCloseTo(closedForm(agents, traffic), within(1e-12));
        }
    }

    /** C = (A^n/n!)·n/(n−A) / (Σ_{k<n} A^k/k! + (A^n/n!)·n/(n−A)), as textbooks print it. */
    private static double closedForm(int agents, double traffic) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < agents; k++) {
            sum += term;
            term = term * traffic / (k + 1);
        }
        double top = term * agents / (agents - traffic);
        return top / (sum + top);
    }

    @Test
    void agreesWithAHighPrecisionReferenceToNineDecimalsUpToTenThousandAgents() {
        SplittableRandom random = new SplittableRandom(5);
        int[][] cases = new int[24][];
        for (int i = 0; i < cases.length - 4; i++) {
            int agents = 2 + random.nextInt(9_999);
            cases[i] = new int[] {agents, random.nextInt(1, agents)};
        }
        cases[cases.length - 4] = new int[] {10_000, 9_900};
        cases[cases.length - 3] = new int[] {10_000, 9_999};
        cases[cases.length - 2] = new int[] {3_400, 3_333};
        cases[cases.length - 1] = new int[] {10_000, 1};
        for (int[] c : cases) {
            int agents = c[0];
            double traffic = c[1] + 0.25;
            if (traffic >= agents) {
                continue;
            }
            ErlangC model = new ErlangC(new Workload(traffic * 1800 / 300, 300, 1800, 1));

            assertThat(model.probabilityOfWaiting(agents))
                    .as("n=%d, A=%s", agents, traffic)
                    .isCloseTo(reference(agents, traffic), within(1e-9));
        }
    }

    /** Erlang C by the Erlang B recursion in 60-digit decimals. */
    private static double reference(int agents, double traffic) {
        MathContext precision = new MathContext(60);
        BigDecimal a = new BigDecimal(traffic);
        BigDecimal b = BigDecimal.ONE;
        for (int k = 1; k <= agents; k++) {
            BigDecimal ab = a.multiply(b, precision);
            b = ab.divide(BigDecimal.valueOf(k).add(ab), precision);
        }
        BigDecimal n = BigDecimal.valueOf(agents);
        BigDecimal denominator = n.subtract(a.multiply(BigDecimal.ONE.subtract(b), precision), precision);
        return n.multiply(b, precision).divide(denominator, precision).doubleValue();
    }

    @Test
    void moreAgentsNeverServeWorse() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            Workload workload = Workload.calls(random.nextDouble(1, 5_000), random.nextDouble(30, 900), HALF_HOUR);
            ErlangC model = new ErlangC(workload);
            double threshold = random.nextDouble(0, 60);
            QueuePerformance previous = model.performance(model.fallsShortWith() + 1, threshold);
            for (int extra = 2; extra < 40; extra++) {
                QueuePerformance next = model.performance(model.fallsShortWith() + extra, threshold);

                assertThat(next.serviceLevel()).isGreaterThanOrEqualTo(previous.serviceLevel());
                assertThat(next.averageSpeedOfAnswerSeconds())
                        .isLessThanOrEqualTo(previous.averageSpeedOfAnswerSeconds());
                assertThat(next.probabilityOfWaiting()).isLessThanOrEqualTo(previous.probabilityOfWaiting());
                assertThat(next.occupancy()).isCloseTo(workload.traffic() / next.agents(), within(1e-12));
                previous = next;
            }
        }
    }

    @Test
    void anUnderstaffedQueueGrowsWithoutBound() {
        QueuePerformance performance = new ErlangC(Workload.calls(360, 240, HALF_HOUR)).performance(48, 20);

        assertThat(performance.probabilityOfWaiting()).isEqualTo(1);
        assertThat(performance.serviceLevel()).isZero();
        assertThat(performance.averageSpeedOfAnswerSeconds()).isInfinite();
    }

    @Test
    void chatAgentsHandlingTwoAtOnceHalveTheTraffic() {
        Workload chats = new Workload(360, 240, HALF_HOUR, 2);

        assertThat(chats.traffic()).isEqualTo(24.0);
        assertThat(Staffing.plan(new ErlangC(chats), ServiceTarget.answering(0.8, 20), 0)
                        .requiredAgents())
                .isLessThan(Staffing.plan(
                                new ErlangC(Workload.calls(360, 240, HALF_HOUR)), ServiceTarget.answering(0.8, 20), 0)
                        .requiredAgents());
    }

    @Test
    void noContactsNeedNoAgents() {
        StaffingPlan plan =
                Staffing.plan(new ErlangC(Workload.calls(0, 240, HALF_HOUR)), ServiceTarget.answering(0.8, 20), 0.3);

        assertThat(plan.requiredAgents()).isZero();
        assertThat(plan.scheduledAgents()).isZero();
    }

    @Test
    void staffsAHugeCentre() {
        Workload workload = Workload.calls(3_333 * 1800 / 300.0, 300, HALF_HOUR);

        StaffingPlan plan = Staffing.plan(new ErlangC(workload), ServiceTarget.answering(0.8, 20), 0);

        assertThat(plan.traffic()).isCloseTo(3_333, within(1e-9));
        assertThat(plan.requiredAgents()).isBetween(3_334, 3_400);
        assertThat(new ErlangC(workload)
                        .performance(plan.requiredAgents() - 1, 20)
                        .serviceLevel())
                .isLessThan(0.8);
    }

    @Test
    void rejectsInputsThatMeanNothingNamingTheField() {
        assertThatThrownBy(() -> Workload.calls(-1, 240, HALF_HOUR))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("arrivals");
        assertThatThrownBy(() -> Workload.calls(100, 0, HALF_HOUR))
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("averageHandleSeconds");
        assertThatThrownBy(() -> ServiceTarget.answering(1, 20))
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("serviceLevel");
        assertThatThrownBy(() -> ServiceTarget.answering(0.8, -1))
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("thresholdSeconds");
        assertThatThrownBy(() -> Staffing.plan(
                        new ErlangC(Workload.calls(360, 240, HALF_HOUR)), ServiceTarget.answering(0.8, 20), 1))
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("shrinkage");
    }

    @Test
    void saysWhichTargetCannotBeMet() {
        ErlangC model = new ErlangC(Workload.calls(360, 240, HALF_HOUR));

        assertThatThrownBy(() -> Staffing.plan(model, new ServiceTarget(0.8, 20, 0.01, 1), 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("0.01 is too low")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("maxOccupancy");
    }
}
