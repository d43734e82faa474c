package org.frontline.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontline.core.domain.kpi.Granularity;
import org.frontline.core.domain.kpi.Grouping;
import org.frontline.core.domain.kpi.KpiQuery;
import org.frontline.core.domain.kpi.KpiReport;
import org.frontline.core.domain.kpi.KpiRollUp;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.kpi.RollUpRun;
import org.frontline.core.infrastructure.jpa.JpaKpiRollUpStore;
import org.frontline.core.infrastructure.jpa.JpaKpiSource;

/**
 * KPI reports over the demo centre at a million contacts (a year of them, with sixty agents' status logs), on H2 or
 * PostgreSQL, through the same {@link KpiService} and {@link KpiRollUp} the server uses: every KPI for one month by
 * team, and a 90-day daily series by team, first from the rows alone (nothing rolled up), then from the daily
 * roll-ups, then with three days changed since their roll-up; prints the median and the slowest of each. The data is
 * generated once and reused while it is enough; the roll-ups are rebuilt each run (and timed).
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.KpiBenchmark \
 *     -Dexec.args="h2 1000000"
 * # the same with -Dexec.args="postgresql 1000000" (schema frontline_bench_kpi of jdbc:postgresql://127.0.0.1/test)
 * }</pre>
 */
public final class KpiBenchmark {

    private KpiBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        long contacts = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        BenchCentre centre = BenchCentre.prepare(database, contacts);
        EntityManagerFactory factory = centre.entityManagerFactory();
        KpiSettings settings = KpiSettings.defaults(ZoneOffset.UTC);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Jpa.inTransaction(
                factory,
                em -> em.createNativeQuery("delete from kpi_rollup_day").executeUpdate());
        measure(factory, settings, clock, "rows only", 3);
        long start = System.nanoTime();
        int days = 0;
        for (RollUpRun run = null; run == null || run.daysLeft() > 0; ) {
            run = Jpa.inTransaction(factory, em -> rollUp(em, settings, clock).refresh(31));
            days += run.daysRolledUp();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT, "roll-up: %d days in %.1f s (%.0f ms a day)%n", days, seconds, seconds * 1000 / days);
        // What autovacuum does in production after a million rows changed: fresh statistics, dead index entries gone.
        centre.analyse();
        measure(factory, settings, clock, "rolled up", 9);
        Jpa.inTransaction(
                factory,
                em -> em.createNativeQuery(
                                "update contact set kpi_pending = true where id in"
                                        + " (select min(id) from contact where arrived_at >= timestamp with time zone '2025-06-10 00:00:00+00'"
                                        + " and arrived_at < timestamp with time zone '2025-06-13 00:00:00+00' group by channel)")
                        .executeUpdate());
        measure(factory, settings, clock, "rolled up, 3 days changed", 9);
        factory.close();
    }

    private static KpiRollUp rollUp(EntityManager em, KpiSettings settings, Clock clock) {
        return new KpiRollUp(new JpaKpiSource(em), new JpaKpiRollUpStore(em), settings, clock);
    }

    /**
     * The first {@code months} months of 2025 by team, and a 90-day daily series by team from the start of each;
     * a warm-up round first.
     */
    private static void measure(
            EntityManagerFactory factory, KpiSettings settings, Clock clock, String label, int months) {
        for (String round : List.of("warm-up", "measured")) {
            List<Double> month = new ArrayList<>();
            List<Double> series = new ArrayList<>();
            for (int m = 1; m <= months; m++) {
                Instant from =
                        LocalDate.of(2025, m, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant monthEnd = LocalDate.of(2025, m, 1)
                        .plusMonths(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
                month.add(time(
                        factory,
                        settings,
                        clock,
                        new KpiQuery(from, monthEnd, ZoneOffset.UTC, Grouping.TEAM, Optional.empty())));
                series.add(time(
                        factory,
                        settings,
                        clock,
                        new KpiQuery(
                                from,
                                from.plus(Duration.ofDays(90)),
                                ZoneOffset.UTC,
                                Grouping.TEAM,
                                Optional.of(Granularity.DAY))));
            }
            if (round.equals("measured")) {
                System.out.printf(
                        Locale.ROOT,
                        "%s: month by team median %.1f ms, max %.1f ms; 90-day daily series by team median %.1f ms, max %.1f ms%n",
                        label,
                        median(month),
                        max(month),
                        median(series),
                        max(series));
            }
        }
    }

    private static double time(EntityManagerFactory factory, KpiSettings settings, Clock clock, KpiQuery query) {
        long start = System.nanoTime();
        KpiReport report =
                Jpa.inTransaction(factory, em -> new KpiService(new JpaKpiSource(em), settings, clock).report(query));
        if (report.rows().isEmpty()) {
            throw new IllegalStateException("an empty report for " + query);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
