package org.frontline.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontline.core.domain.kpi.Granularity;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.kpi.repetition.RepetitionAnalysis;
import org.frontline.core.domain.kpi.repetition.RepetitionReport;
import org.frontline.core.domain.kpi.repetition.TopicQuery;
import org.frontline.core.infrastructure.jpa.JpaKpiSource;
import org.frontline.core.infrastructure.jpa.JpaTopicSource;

/**
 * The repetition analysis over the demo centre at a million contacts (the KPI benchmark's data, {@link BenchCentre}):
 * 30 and 90 days with a weekly series, from each of the first months of 2025 after a warm-up; prints the median and
 * the slowest.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.RepetitionBenchmark \
 *     -Dexec.args="postgresql 1000000"
 * }</pre>
 */
public final class RepetitionBenchmark {
    private static final int MONTHS = 6;

    private RepetitionBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        long contacts = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        EntityManagerFactory factory = BenchCentre.prepare(database, contacts).entityManagerFactory();
        KpiSettings settings = KpiSettings.defaults(ZoneOffset.UTC);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        for (int days : List.of(30, 90)) {
            time(factory, settings, clock, days, 1);
            List<double[]> runs = new ArrayList<>();
            for (int m = 1; m <= MONTHS; m++) {
                runs.add(time(factory, settings, clock, days, m));
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d days, weekly series: median %.0f ms, max %.0f ms (median per step: tallies with FCR %.0f ms,"
                            + " period before %.0f ms, series %.0f ms)%n",
                    database,
                    days,
                    median(runs, 0),
                    runs.stream().mapToDouble(r -> r[0]).max().orElseThrow(),
                    median(runs, 1),
                    median(runs, 2),
                    median(runs, 3));
        }
        factory.close();
    }

    private static double median(List<double[]> runs, int column) {
        List<Double> sorted = runs.stream().map(r -> r[column]).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The whole analysis' milliseconds, then each of its steps' (the database queries). */
    private static double[] time(EntityManagerFactory factory, KpiSettings settings, Clock clock, int days, int month) {
        Instant from = LocalDate.of(2025, month, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        TopicQuery query = new TopicQuery(
                from,
                from.plus(Duration.ofDays(days)),
                ZoneOffset.UTC,
                Granularity.WEEK,
                10,
                Duration.ofDays(90),
                20,
                5,
                20);
        long start = System.nanoTime();
        long[] reached = new long[4];
        RepetitionReport report = Jpa.inTransaction(
                factory,
                em -> new RepetitionAnalysis(
                                new JpaTopicSource(em), new KpiService(new JpaKpiSource(em), settings, clock))
                        .report(query, (done, total) -> reached[done] = System.nanoTime()));
        long end = System.nanoTime();
        if (report.topics().isEmpty()) {
            throw new IllegalStateException("no topics from " + from);
        }
        return new double[] {
            (end - start) / 1e6,
            (reached[1] - reached[0]) / 1e6,
            (reached[2] - reached[1]) / 1e6,
            (reached[3] - reached[2]) / 1e6
        };
    }
}
