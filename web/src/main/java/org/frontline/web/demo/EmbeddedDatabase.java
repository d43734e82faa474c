package org.frontline.web.demo;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Whether a database is the embedded H2 the platform starts on by default (not a server anyone else shares). */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    static boolean is(DatabaseMetaData database) throws SQLException {
        return is(database.getDatabaseProductName(), database.getURL());
    }

    static boolean is(String product, String url) {
        return "H2".equals(product)
                && url.startsWith("jdbc:h2:")
                && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }
}
