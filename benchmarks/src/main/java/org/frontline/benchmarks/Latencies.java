package org.frontline.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs calls on a few threads and reports their latency percentiles and throughput, the way every search benchmark here
 * prints its figures.
 */
final class Latencies {
    private Latencies() {}

    /** Latencies in microseconds, sorted and in call order, and the wall time the run took. */
    record Timings(long[] micros, long[] byCall, double seconds) {}

    /** Warms up on a tenth of the calls (at most 100), then times {@code count} calls spread over the threads. */
    static Timings run(int threads, int count, List<String> inputs, Function<String, Long> call) throws Exception {
        for (int i = 0; i < Math.min(count / 10, 100); i++) {
            call.apply(inputs.get(i % inputs.size()));
        }
        long[] micros = new long[count];
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = thread; i < count; i += threads) {
                        long start = System.nanoTime();
                        call.apply(inputs.get(i % inputs.size()));
                        micros[i] = (System.nanoTime() - start) / 1_000;
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Timings(sorted, micros, seconds);
    }

    static void report(String what, Timings t) {
        long[] m = t.micros();
        System.out.printf(
                "%-34s %,6d queries: p50 %8.2f ms, p99 %8.2f ms, %,8.0f queries/s%n",
                what,
                m.length,
                m[m.length / 2] / 1000.0,
                m[(int) Math.ceil(m.length * 0.99) - 1] / 1000.0,
                m.length / t.seconds());
    }

    /** The calls that took longest in a run, with their inputs: where to look next. */
    static void slowest(Timings t, List<String> inputs) {
        Integer[] order = new Integer[t.byCall().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> -t.byCall()[i]));
        for (int i = 0; i < Math.min(5, order.length); i++) {
            System.out.printf(
                    "    slow: %8.2f ms  %s%n", t.byCall()[order[i]] / 1000.0, inputs.get(order[i] % inputs.size()));
        }
    }
}
