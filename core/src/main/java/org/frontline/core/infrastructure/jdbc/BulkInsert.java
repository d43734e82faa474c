package org.frontline.core.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;

/**
 * Streams rows into one table in JDBC batches, committing every {@value #ROWS_PER_COMMIT} rows. Ids come from the
 * table's sequence the way Hibernate's pooled-lo optimizer takes them (one sequence value opens a block of
 * {@value #ID_BLOCK} ids), so rows written here never collide with entities Hibernate saves.
 *
 * @param <R> the row type
 */
public final class BulkInsert<R> {
    static final int ID_BLOCK = 50;
    static final int ROWS_PER_BATCH = 1_000;
    static final int ROWS_PER_COMMIT = 20_000;

    /** Sets one row's values on the insert statement, the id first. */
    @FunctionalInterface
    public interface Binder<R> {
        void bind(PreparedStatement insert, long id, R row) throws SQLException;
    }

    private final Connection connection;
    private final String insert;
    private final Binder<R> binder;
    private final String nextIdBlock;
    private long nextId;
    private long blockEnd;

    public BulkInsert(Connection connection, String sequence, String insert, Binder<R> binder) throws SQLException {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.insert = Objects.requireNonNull(insert, "insert");
        this.binder = Objects.requireNonNull(binder, "binder");
        String product = connection.getMetaData().getDatabaseProductName();
        this.nextIdBlock = product.toLowerCase(Locale.ROOT).contains("postgres")
                ? "select nextval('" + sequence + "')"
                : "select next value for " + sequence;
    }

    /** Writes every row and commits; returns how many rows were written. */
    public long write(Iterator<R> rows) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long written = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            while (rows.hasNext()) {
                binder.bind(statement, id(), rows.next());
                statement.addBatch();
                written++;
                if (written % ROWS_PER_BATCH == 0) {
                    statement.executeBatch();
                }
                if (written % ROWS_PER_COMMIT == 0) {
                    connection.commit();
                }
            }
            statement.executeBatch();
            connection.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
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
}
