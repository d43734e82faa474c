package org.frontline.benchmarks;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.frontline.routing.staffing.ErlangA;
import org.frontline.routing.staffing.ErlangC;
import org.frontline.routing.staffing.ServiceTarget;
import org.frontline.routing.staffing.Staffing;
import org.frontline.routing.staffing.StaffingPlan;
import org.frontline.routing.staffing.Workload;

/**
 * Times one staffing solve (fewest agents for 80% in 20 s) by Erlang C at 33, 333, 3,333 and 33,333 Erlangs and by
 * Erlang A (patience 3 minutes) at 33 to 3,333 Erlangs: each solve from a fresh model, as the REST calculator runs it,
 * after a warm-up; prints p50, p99 and mean per solve.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.StaffingBenchmark
 * }</pre>
 */
public final class StaffingBenchmark {
    private static final double HALF_HOUR = 1800;
    private static final double HANDLE_SECONDS = 300;
    private static final ServiceTarget EIGHTY_IN_TWENTY = ServiceTarget.answering(0.8, 20);

    private StaffingBenchmark() {}

    public static void main(String[] args) {
        for (double traffic : new double[] {33.3, 333.3, 3_333, 33_333}) {
            time(
                    "Erlang C",
                    traffic,
                    20_000,
                    i -> Staffing.plan(new ErlangC(workload(traffic, i)), EIGHTY_IN_TWENTY, 0));
        }
        for (double traffic : new double[] {33.3, 333.3, 3_333}) {
            int solves = traffic > 1_000 ? 40 : 400;
            time(
                    "Erlang A",
                    traffic,
                    solves,
                    i -> Staffing.plan(new ErlangA(workload(traffic, i), 180), EIGHTY_IN_TWENTY, 0));
        }
    }

    /** The traffic, nudged a little per solve so that no two solves are the same question. */
    private static Workload workload(double traffic, int i) {
        double erlangs = traffic * (1 + (i % 100) * 1e-5);
        return Workload.calls(erlangs * HALF_HOUR / HANDLE_SECONDS, HANDLE_SECONDS, HALF_HOUR);
    }

    private static void time(String model, double traffic, int solves, IntFunction<StaffingPlan> solve) {
        int required = 0;
        for (int i = 0; i < solves; i++) {
            required += solve.apply(i).requiredAgents();
        }
        long[] nanos = new long[solves];
        for (int i = 0; i < solves; i++) {
            long started = System.nanoTime();
            required += solve.apply(i).requiredAgents();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%s solve at %,9.1f Erlangs (%,6d agents): p50 %,10.1f µs, p99 %,10.1f µs, mean %,10.1f µs (%,d solves)%n",
                model,
                traffic,
                required / (2 * solves),
                nanos[solves / 2] / 1e3,
                nanos[(int) (solves * 0.99)] / 1e3,
                Arrays.stream(nanos).average().orElse(0) / 1e3,
                solves);
    }
}
