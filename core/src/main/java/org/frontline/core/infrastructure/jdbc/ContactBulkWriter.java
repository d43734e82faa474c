package org.frontline.core.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import org.frontline.core.demo.ContactRow;

/**
 * Streams contacts into the database in JDBC batches, committing every {@value #ROWS_PER_COMMIT} rows. Ids come from
 * {@code contact_seq} the way Hibernate's pooled-lo optimizer takes them (one sequence value opens a block of
 * {@value #ID_BLOCK} ids), so rows written here never collide with entities Hibernate saves.
 */
public final class ContactBulkWriter {
    static final int ID_BLOCK = 50;
    static final int ROWS_PER_BATCH = 1_000;
    static final int ROWS_PER_COMMIT = 20_000;

    private static final String INSERT = "insert into contact (id, version, channel, direction, customer_id, agent_id,"
            + " team_id, case_id, arrived_at, answered_at, first_response_at, ended_at, wait_seconds, talk_seconds,"
            + " hold_seconds, wrap_up_seconds, abandoned, transferred, escalated, reason_code, disposition, csat,"
            + " effort) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final String nextIdBlock;
    private long nextId;
    private long blockEnd;

    public ContactBulkWriter(Connection connection) throws SQLException {
        this.connection = Objects.requireNonNull(connection, "connection");
        String product = connection.getMetaData().getDatabaseProductName();
        this.nextIdBlock = product.toLowerCase(Locale.ROOT).contains("postgres")
                ? "select nextval('contact_seq')"
                : "select next value for contact_seq";
    }

    /** Writes every row and commits; returns how many rows were written. */
    public long write(Iterator<ContactRow> rows) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long written = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            while (rows.hasNext()) {
                bind(insert, rows.next());
                insert.addBatch();
                written++;
                if (written % ROWS_PER_BATCH == 0) {
                    insert.executeBatch();
                }
                if (written % ROWS_PER_COMMIT == 0) {
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void bind(PreparedStatement insert, ContactRow row) throws SQLException {
        int i = 1;
        insert.setLong(i++, id());
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
        setInt(insert, i, row.effort());
    }

    private long id() throws SQLException {
        if (nextId == blockEnd) {
            try (PreparedStatement next = connection.prepareStatement(nextIdBlock);
                    ResultSet result = next.executeQuery()) {
                result.next();
                nextId = result.getLong(1);
                blockEnd = nextId + ID_BLOCK;
            }
        }
        return nextId++;
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
