package org.frontline.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/** KPI reports over the demo centre at a million contacts, on H2 and PostgreSQL. */
public final class KpiBenchmark {
    private static final String PG_SCHEMA = "frontline_bench_kpi";
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private KpiBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        long contacts = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        String url = switch (database) {
            case "h2" ->
                "jdbc:h2:file:" + Path.of("target/kpi-bench/frontline").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
            case "postgresql" ->
                "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true&currentSchema=" + PG_SCHEMA;
            default -> throw new IllegalArgumentException("database must be h2 or postgresql, got " + database);
        };
        String user = database.equals("h2") ? "sa" : "postgres";
        prepare(url, user, database.equals("h2") ? null : PG_SCHEMA, contacts);
    }

    private static void prepare(String url, String user, String schema, long contacts) throws Exception {
        var config = Flyway.configure().dataSource(url, user, "").cleanDisabled(false);
        if (schema != null) {
            config.schemas(schema);
        }
        Flyway flyway = config.load();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            long present = 0;
            try (Statement sql = connection.createStatement();
                    ResultSet count = sql.executeQuery("select count(*) from information_schema.tables"
                            + " where lower(table_name) = 'contact'")) {
                count.next();
                if (count.getLong(1) > 0) {
                    try (ResultSet rows = sql.executeQuery("select count(*) from contact")) {
                        rows.next();
                        present = rows.getLong(1);
                    }
                }
            }
            if (present >= contacts) {
                System.out.printf(Locale.ROOT, "reusing %d contacts%n", present);
                flyway.migrate();
                return;
            }
            flyway.clean();
            flyway.migrate();
            long start = System.nanoTime();
            long written = new DemoCentreAtScale(FIRST_DAY).write(connection, contacts);
            System.out.printf(
                    Locale.ROOT, "generated %d contacts in %.0fs%n", written, (System.nanoTime() - start) / 1e9);
        }
    }
}
