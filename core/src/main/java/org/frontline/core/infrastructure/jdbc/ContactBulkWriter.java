package org.frontline.core.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.frontline.core.demo.ContactRow;

/**
 * Streams contacts into the database in JDBC batches (see {@link BulkInsert} for batching, commits and ids), each with
 * its customer's tier as it stands when the writer is made (read once, not looked up per row).
 */
public final class ContactBulkWriter {
    private static final String INSERT = "insert into contact (id, version, channel, direction, customer_id, agent_id,"
            + " team_id, case_id, arrived_at, answered_at, first_response_at, ended_at, wait_seconds, talk_seconds,"
            + " hold_seconds, wrap_up_seconds, abandoned, transferred, escalated, reason_code, disposition, csat,"
            + " effort, customer_tier) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BulkInsert<ContactRow> insert;
    private final Map<Long, String> tiers = new HashMap<>();

    public ContactBulkWriter(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet customers = sql.executeQuery("select id, value_tier from customer")) {
            while (customers.next()) {
                tiers.put(customers.getLong(1), customers.getString(2));
            }
        }
        this.insert = new BulkInsert<>(connection, "contact_seq", INSERT, this::bind);
    }

    /** Writes every row and commits; returns how many rows were written. */
    public long write(Iterator<ContactRow> rows) throws SQLException {
        return insert.write(rows);
    }

    private void bind(PreparedStatement insert, long id, ContactRow row) throws SQLException {
        int i = 1;
        insert.setLong(i++, id);
        insert.setString(i++, row.channel().name());
        insert.setString(i++, row.direction().name());
        setLong(insert, i++, row.customerId());
        setLong(insert, i++, row.agentId());
        setLong(insert, i++, row.teamId());
        setLong(insert, i++, row.caseId());
        insert.setTimestamp(i++, Timestamp.from(row.arrivedAt()));
        insert.setTimestamp(i++, row.answeredAt() == null ? null : Timestamp.from(row.answeredAt()));
        insert.setTimestamp(i++, row.answeredAt() == null ? null : Timestamp.from(row.answeredAt()));
        insert.setTimestamp(i++, row.endedAt() == null ? null : Timestamp.from(row.endedAt()));
        insert.setLong(i++, row.waitSeconds());
        insert.setLong(i++, row.talkSeconds());
        insert.setLong(i++, row.holdSeconds());
        insert.setLong(i++, row.wrapUpSeconds());
        insert.setBoolean(i++, row.abandoned());
        insert.setBoolean(i++, row.transferred());
        insert.setBoolean(i++, row.escalated());
        insert.setString(i++, row.reasonCode());
        insert.setString(i++, row.disposition());
        setInt(insert, i++, row.csat());
        setInt(insert, i++, row.effort());
        insert.setString(i, row.customerId() == null ? null : tiers.get(row.customerId()));
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
