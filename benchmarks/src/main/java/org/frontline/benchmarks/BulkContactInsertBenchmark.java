package org.frontline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.StreamSupport;
import org.flywaydb.core.Flyway;
import org.frontline.core.demo.ContactRow;
import org.frontline.core.demo.ContactStream;
import org.frontline.core.demo.DemoCustomers;
import org.frontline.core.demo.DemoCustomers.DemoCustomer;
import org.frontline.core.infrastructure.jdbc.ContactBulkWriter;

/**
 * Inserts N generated contacts (default one million) into a fresh H2 file database or PostgreSQL schema (dropped and
 * migrated anew each run) through the
 * same bulk writer the demo uses, and prints rows per second; generation alone is timed too, so the ratio shows what
 * the database costs.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.BulkContactInsertBenchmark \
 *     -Dexec.args="h2 1000000"
 * # the same with -Dexec.args="postgresql 1000000" (default URL jdbc:postgresql://127.0.0.1:5432/test, user postgres)
 * }</pre>
 */
public final class BulkContactInsertBenchmark {
    private static final String PG_SCHEMA = "frontline_bench";

    private BulkContactInsertBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Target target = target(database, args);
        var flyway = Flyway.configure().dataSource(target.url(), target.user(), target.password());
        if (target.schema() != null) {
            flyway.schemas(target.schema()).cleanDisabled(false).load().clean();
            flyway.schemas(target.schema());
        }
        flyway.load().migrate();
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            if (target.schema() != null) {
                connection.setSchema(target.schema());
            }
            connection.setAutoCommit(false);
            long[] customerIds = insertCustomers(connection);

            long generateStart = System.nanoTime();
            long generated = 0;
            for (Iterator<ContactRow> it = contacts(customerIds, rows); it.hasNext(); it.next()) {
                generated++;
            }
            double generateSeconds = (System.nanoTime() - generateStart) / 1e9;

            long insertStart = System.nanoTime();
            long written = new ContactBulkWriter(connection).write(contacts(customerIds, rows));
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;

            System.out.printf(
                    Locale.ROOT,
                    "database=%s rows=%d generate=%.1fs (%.0f rows/s) insert=%.1fs (%.0f rows/s) insert/generate=%.1fx%n",
                    database,
                    written,
                    generateSeconds,
                    generated / generateSeconds,
                    insertSeconds,
                    written / insertSeconds,
                    insertSeconds / generateSeconds);
        }
    }

    /** Where to write: a fresh database or schema, so every run measures the same work. */
    private record Target(String url, String user, String password, String schema) {}

    private static Target target(String database, String[] args) throws Exception {
        return switch (database) {
            case "h2" -> {
                Path dir = Files.createTempDirectory("frontline-bench-h2");
                yield new Target("jdbc:h2:" + dir.resolve("frontline"), "bench", "bench", null);
            }
            case "postgresql" ->
                new Target(
                        args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true",
                        args.length > 3 ? args[3] : "postgres",
                        args.length > 4 ? args[4] : "",
                        PG_SCHEMA);
            default -> throw new IllegalArgumentException("database must be h2 or postgresql, got " + database);
        };
    }

    /** The demo's customers, with explicit ids 1..n in the fresh database (their sequence stays unused). */
    private static long[] insertCustomers(Connection connection) throws SQLException {
        long[] ids = DemoCentreAtScale.insertCustomers(
                connection, DemoCustomers.generate(new SplittableRandom(1), DemoCentreAtScale.CUSTOMERS));
        connection.commit();
        return ids;
    }

    /** The first {@code rows} generated contacts, without agents or teams (the fresh database has none). */
    private static Iterator<ContactRow> contacts(long[] customerIds, long rows) {
        double[] weights = DemoCustomers.generate(new SplittableRandom(1), DemoCentreAtScale.CUSTOMERS).stream()
                .mapToDouble(DemoCustomer::contactWeight)
                .toArray();
        ContactStream stream = new ContactStream(
                new SplittableRandom(2),
                customerIds,
                weights,
                List.of(List.of(), List.of(), List.of()),
                new long[] {0, 0, 0},
                DemoCentreAtScale.perWednesday(rows),
                LocalDate.of(2025, 1, 1),
                DemoCentreAtScale.DAYS);
        Iterator<ContactRow> limited = DemoCentreAtScale.limit(stream, rows);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(limited, Spliterator.ORDERED), false)
                .map(row -> new ContactRow(
                        row.channel(),
                        row.direction(),
                        row.customerId(),
                        null,
                        null,
                        null,
                        row.arrivedAt(),
                        row.answeredAt(),
                        row.endedAt(),
                        row.waitSeconds(),
                        row.talkSeconds(),
                        row.holdSeconds(),
                        row.wrapUpSeconds(),
                        row.abandoned(),
                        row.transferred(),
                        row.escalated(),
                        row.reasonCode(),
                        row.disposition(),
                        row.csat(),
                        row.effort()))
                .iterator();
    }
}
