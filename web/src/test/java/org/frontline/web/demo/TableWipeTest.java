package org.frontline.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wipe on an H2 database with every module's migrations applied, as the embedded server has it. */
class TableWipeTest {
    private static final String URL = "jdbc:h2:mem:table-wipe;DB_CLOSE_DELAY=-1";

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = DriverManager.getConnection(URL);
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop all objects");
        }
        connection.close();
    }

    @Test
    void everyRowAMigrationInsertsIsInATableTheWipeKeeps() throws SQLException {
        assertThat(rowsPerTable().entrySet())
                .filteredOn(e -> e.getValue() > 0)
                .extracting(Map.Entry::getKey)
                .isNotEmpty()
                .allMatch(TableWipe.SEEDED::contains, "a table seeded by the migrations");
    }

    @Test
    void emptiesTheCentresDataAndKeepsTheLoginsAndTheDefaults() throws SQLException {
        Map<String, Long> seeded = rowsPerTable();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into team values (1, 0, 'Support', 'SUPPORT')");
            statement.executeUpdate("insert into agent (id, version, name, team_id, support_tier, hire_date, status,"
                    + " status_since) values (1, 0, 'Ada', 1, 'L1', date '2026-01-05', 'AWAY', current_timestamp)");
            statement.executeUpdate("insert into user_account values (1, 0, 'ada', 'Ada', 'hash', 1, true,"
                    + " current_timestamp, current_timestamp)");
            statement.executeUpdate("insert into user_account_role values (1, 'AGENT')");
            statement.executeUpdate("update qa_ledger_head set last_position = 12");
        }

        assertThat(TableWipe.wipe(connection))
                .extracting(t -> t.toLowerCase(Locale.ROOT))
                .contains("team", "agent");

        Map<String, Long> left = rowsPerTable();
        assertThat(left).containsEntry("team", 0L).containsEntry("agent", 0L);
        assertThat(left.entrySet())
                .filteredOn(e -> !TableWipe.ACCOUNTS.contains(e.getKey()))
                .allMatch(e -> e.getValue().equals(seeded.get(e.getKey())), "as many rows as the migrations put in");
        assertThat(left).containsEntry("user_account", 1L).containsEntry("user_account_role", 1L);
        assertThat(single("select agent_id from user_account")).isNull();
        assertThat(single("select last_position from qa_ledger_head")).isEqualTo(0L);
    }

    private Map<String, Long> rowsPerTable() throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet tables = connection
                        .getMetaData()
                        .getTables(null, connection.getSchema(), null, new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                try (ResultSet count = statement.executeQuery("select count(*) from \"" + name + "\"")) {
                    count.next();
                    rows.put(name.toLowerCase(Locale.ROOT), count.getLong(1));
                }
            }
        }
        return rows;
    }

    private Object single(String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            Object value = result.getObject(1);
            return value instanceof Number n ? (Object) n.longValue() : value;
        }
    }
}
