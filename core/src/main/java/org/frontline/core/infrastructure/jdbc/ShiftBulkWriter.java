package org.frontline.core.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Iterator;
import org.frontline.core.demo.ShiftRow;

/** Streams agents' shifts into the database in JDBC batches (see {@link BulkInsert}). */
public final class ShiftBulkWriter {
    private static final String INSERT =
            "insert into agent_shift (id, agent_id, starts_at, ends_at) values (?, ?, ?, ?)";

    private final BulkInsert<ShiftRow> insert;

    public ShiftBulkWriter(Connection connection) throws SQLException {
        this.insert = new BulkInsert<>(connection, "agent_shift_seq", INSERT, (statement, id, row) -> {
            statement.setLong(1, id);
            statement.setLong(2, row.agentId());
            statement.setTimestamp(3, Timestamp.from(row.start()));
            statement.setTimestamp(4, Timestamp.from(row.end()));
        });
    }

    /** Writes every row and commits; returns how many rows were written. */
    public long write(Iterator<ShiftRow> rows) throws SQLException {
        return insert.write(rows);
    }
}
