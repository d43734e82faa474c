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
            List<QueueOutcome.IntervalOutcome> byInterval = new ArrayList<>();
            for (int i = 0; i < intervals; i++) {
                Estimate[] in = outcomes(days, q, i, i + 1);
                byInterval.add(new QueueOutcome.IntervalOutcome(i, in[0], in[1], in[2], in[3]));
            }
            Estimate[] day = outcomes(days, q, 0, intervals);
            queues.add(new QueueOutcome(scenario.queues().get(q).name(), day[0], day[1], day[2], day[3], byInterval));
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

    /**
     * Offered, service level, speed of answer and abandonment of a queue over intervals [from, to), each estimated
     * from the replications' totals (summed once per replication).
     */
    private static Estimate[] outcomes(List<DayFigures> days, int queue, int from, int to) {
        double[][] figures = new double[4][days.size()];
        for (int r = 0; r < days.size(); r++) {
            DayFigures day = days.get(r);
            double offered = 0;
            double answered = 0;
            double inTarget = 0;
            double abandoned = 0;
            double wait = 0;
            for (int i = from; i < to; i++) {
                offered += day.offered(queue, i);
                answered += day.answered(queue, i);
                inTarget += day.answeredInTarget(queue, i);
                abandoned += day.abandoned(queue, i);
                wait += day.waitSeconds(queue, i);
            }
            figures[0][r] = offered;
            figures[1][r] = ratio(inTarget, offered);
            figures[2][r] = ratio(wait, answered);
            figures[3][r] = ratio(abandoned, offered);
        }
        return new Estimate[] {
            Estimate.of(figures[0]), Estimate.of(figures[1]), Estimate.of(figures[2]), Estimate.of(figures[3])
        };
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
