package org.frontline.web.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Empties an H2 database's tables but those that say who may log in and those the migrations fill with the centre's
 * defaults and housekeeping rows; starts the QA ledger afresh and unlinks accounts from the agents that go.
 */
final class TableWipe {
    /** Accounts, their tokens and the admin action log: logins survive a reset. */
    static final Set<String> ACCOUNTS = Set.of("user_account", "user_account_role", "api_token", "admin_action");

    /** What the migrations insert (the schema history, SLA policies with their calendar, job locks, the ledger head). */
    static final Set<String> SEEDED = Set.of(
            "flyway_schema_history",
            "sla_policy",
            "business_calendar",
            "calendar_working_hours",
            "job_lock",
            "qa_ledger_head");

    private TableWipe() {}

    /** Returns the names of the tables it emptied. */
    static List<String> wipe(Connection connection) throws SQLException {
        List<String> tables = wiped(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity false");
            try {
                statement.executeUpdate("update user_account set agent_id = null");
                statement.executeUpdate("update qa_ledger_head set last_position = 0");
                for (String table : tables) {
                    statement.execute("truncate table \"" + table + "\"");
                }
            } finally {
                statement.execute("set referential_integrity true");
            }
        }
        return tables;
    }

    private static List<String> wiped(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection
                .getMetaData()
                .getTables(null, connection.getSchema(), null, new String[] {"TABLE", "BASE TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!ACCOUNTS.contains(lower) && !SEEDED.contains(lower)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
