package org.frontline.core.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Iterator;
import org.frontline.core.demo.StatusRow;

/** Streams agent status-log stretches into the database in JDBC batches (see {@link BulkInsert}). */
public final class StatusLogBulkWriter {
    private static final String INSERT =
            "insert into agent_status_interval (id, agent_id, status, started_at, ended_at) values (?, ?, ?, ?, ?)";

    private final BulkInsert<StatusRow> insert;

    public StatusLogBulkWriter(Connection connection) throws SQLException {
        this.insert = new BulkInsert<>(connection, "agent_status_interval_seq", INSERT, (statement, id, row) -> {
            statement.setLong(1, id);
            statement.setLong(2, row.agentId());
            statement.setString(3, row.status().name());
            statement.setTimestamp(4, Timestamp.from(row.start()));
            statement.setTimestamp(5, Timestamp.from(row.end()));
        });
    }

    /** Writes every row and commits; returns how many rows were written. */
    public long write(Iterator<StatusRow> rows) throws SQLException {
        return insert.write(rows);
    }
}
