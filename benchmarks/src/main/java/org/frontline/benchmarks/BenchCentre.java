package org.frontline.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.frontline.core.domain.contact.Contact;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * The demo centre at a million contacts (2025) that the KPI benchmarks read, in an H2 file or the
 * {@value #PG_SCHEMA} schema of PostgreSQL: written once, reused while it holds enough contacts.
 */
record BenchCentre(String url, String user, String schema) {
    private static final String PG_SCHEMA = "frontline_bench_kpi";
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    /** The centre on {@code h2} or {@code postgresql}, migrated, with at least {@code contacts} contacts. */
    static BenchCentre prepare(String database, long contacts) throws Exception {
        BenchCentre centre = switch (database) {
            case "h2" ->
                new BenchCentre(
                        "jdbc:h2:file:" + Path.of("target/kpi-bench/frontline").toAbsolutePath()
                                + ";DB_CLOSE_ON_EXIT=FALSE",
                        "sa",
                        null);
            case "postgresql" ->
                new BenchCentre(
                        "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true&currentSchema=" + PG_SCHEMA,
                        "postgres",
                        PG_SCHEMA);
            default -> throw new IllegalArgumentException("database must be h2 or postgresql, got " + database);
        };
        centre.fill(contacts);
        return centre;
    }

    /** Hibernate over the centre's database, as the server maps contacts (audit history off). */
    EntityManagerFactory entityManagerFactory() {
        return new PersistenceConfiguration("kpi-benchmark")
                .provider(HibernatePersistenceProvider.class.getName())
                .managedClass(Contact.class)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, user)
                .property("hibernate.integration.envers.enabled", "false")
                .createEntityManagerFactory();
    }

    /** Fresh planner statistics, as autovacuum would leave them after many changed rows. */
    void analyse() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement sql = connection.createStatement()) {
            sql.execute(schema == null ? "analyze" : "vacuum analyze");
        }
    }

    private void fill(long contacts) throws Exception {
        var config = Flyway.configure().dataSource(url, user, "").cleanDisabled(false);
        if (schema != null) {
            config.schemas(schema);
        }
        Flyway flyway = config.load();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            long present = 0;
            try (Statement sql = connection.createStatement();
                    ResultSet count = sql.executeQuery("select count(*) from information_schema.tables"
                            + " where lower(table_name) = 'contact' and table_schema = current_schema()")) {
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
                new DemoCentreAtScale(FIRST_DAY).scheduleIfUnscheduled(connection);
            } else {
                flyway.clean();
                flyway.migrate();
                long start = System.nanoTime();
                long written = new DemoCentreAtScale(FIRST_DAY).write(connection, contacts);
                System.out.printf(
                        Locale.ROOT, "generated %d contacts in %.0fs%n", written, (System.nanoTime() - start) / 1e9);
            }
        }
        analyse();
    }
}
