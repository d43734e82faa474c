package org.frontline.routing.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Simulates a day several times, each replication with its own stream of random numbers split from one seed (so a
 * what-if run with the same seed meets the same customers), and turns the days into estimates with confidence
 * intervals.
 */
public final class Simulation {
    /** Enough to keep a job bounded: a day with 100k contacts runs in about a second. */
    public static final int MAX_REPLICATIONS = 200;

    private Simulation() {}

    /** Runs {@code replications} days; {@code progress} hears the count of those done after each. */
    public static SimulationResult run(Scenario scenario, int replications, long seed, IntConsumer progress) {
        if (replications < 2 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException(
                    "replications must be 2 to " + MAX_REPLICATIONS + ", got " + replications);
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<DayFigures> days = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            days.add(new DayRun(scenario, root.split()).run());
            progress.accept(r + 1);
        }
        return summarise(scenario, days);
    }

    private static SimulationResult summarise(Scenario scenario, List<DayFigures> days) {
        List<QueueOutcome> queues = new ArrayList<>();
        int intervals = scenario.intervals();
        for (int q = 0; q < scenario.queues().size(); q++) {
            int queue = q;
            List<QueueOutcome.IntervalOutcome> byInterval = new ArrayList<>();
            for (int i = 0; i < intervals; i++) {
                int from = i;
                byInterval.add(new QueueOutcome.IntervalOutcome(
                        i,
                        estimate(days, day -> totals(day, queue, from, from + 1)[0]),
                        estimate(days, day -> serviceLevel(totals(day, queue, from, from + 1))),
                        estimate(days, day -> speedOfAnswer(totals(day, queue, from, from + 1))),
                        estimate(days, day -> abandonment(totals(day, queue, from, from + 1)))));
            }
            queues.add(new QueueOutcome(
                    scenario.queues().get(q).name(),
                    estimate(days, day -> totals(day, queue, 0, intervals)[0]),
                    estimate(days, day -> serviceLevel(totals(day, queue, 0, intervals))),
                    estimate(days, day -> speedOfAnswer(totals(day, queue, 0, intervals))),
                    estimate(days, day -> abandonment(totals(day, queue, 0, intervals))),
                    byInterval));
        }
        List<Estimate> occupancy = new ArrayList<>();
        for (int i = 0; i < intervals; i++) {
            int at = i;
            occupancy.add(estimate(days, day -> ratio(day.busySeconds(at), day.staffedSeconds(at))));
        }
        Estimate dayOccupancy = estimate(days, day -> {
            double busy = 0;
            double staffed = 0;
            for (int i = 0; i < intervals; i++) {
                busy += day.busySeconds(i);
                staffed += day.staffedSeconds(i);
            }
            return ratio(busy, staffed);
        });
        long decisions = days.stream().mapToLong(DayFigures::decisions).sum();
        return new SimulationResult(days.size(), queues, dayOccupancy, occupancy, decisions);
    }

    /** Offered, answered, answered in target, abandoned and total wait of a queue over intervals [from, to). */
    private static double[] totals(DayFigures day, int queue, int from, int to) {
        double[] t = new double[5];
        for (int i = from; i < to; i++) {
            t[0] += day.offered(queue, i);
            t[1] += day.answered(queue, i);
            t[2] += day.answeredInTarget(queue, i);
            t[3] += day.abandoned(queue, i);
            t[4] += day.waitSeconds(queue, i);
        }
        return t;
    }

    private static double serviceLevel(double[] t) {
        return ratio(t[2], t[0]);
    }

    private static double speedOfAnswer(double[] t) {
        return ratio(t[4], t[1]);
    }

    private static double abandonment(double[] t) {
        return ratio(t[3], t[0]);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    private static Estimate estimate(List<DayFigures> days, ToDoubleFunction<DayFigures> figure) {
        double[] values = new double[days.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = figure.applyAsDouble(days.get(r));
        }
        return Estimate.of(values);
    }
}
