package org.frontline.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** What help desks without a search engine run: every word somewhere in two text columns, with {@code LIKE '%w%'}. */
final class SqlLike {
    private SqlLike() {}

    /**
     * The rows found.
     *
     * @param select the query up to its conditions, e.g. {@code select id from article where status = 'PUBLISHED'}
     * @param columns the two columns each word may be in
     * @param tail what follows the conditions, e.g. {@code order by updated_at desc limit 10}
     */
    static long rows(Connection connection, String select, List<String> columns, List<String> words, String tail) {
        StringBuilder sql = new StringBuilder(select);
        words.forEach(w -> sql.append(" and (lower(")
                .append(columns.get(0))
                .append(") like ? or lower(")
                .append(columns.get(1))
                .append(") like ?)"));
        sql.append(' ').append(tail);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (String word : words) {
                statement.setString(index++, "%" + word + "%");
                statement.setString(index++, "%" + word + "%");
            }
            long rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
