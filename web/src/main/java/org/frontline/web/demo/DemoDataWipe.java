package org.frontline.web.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;

/**
 * Empties the embedded database of the centre's data, keeping who may log in and the defaults the migrations put in
 * (see {@link TableWipe}), and empties the search index with it. Sequences are left as they are, so the ids Hibernate
 * has already reserved stay unused.
 */
@ApplicationScoped
public class DemoDataWipe {

    @Resource(lookup = "jdbc/frontline")
    DataSource dataSource;

    @PersistenceUnit(unitName = "frontline")
    EntityManagerFactory entityManagerFactory;

    /** Whether this server runs on the embedded database, the only one a wipe touches. */
    public boolean embedded() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return EmbeddedDatabase.is(connection.getMetaData());
        }
    }

    /**
     * Empties the database and the search index.
     *
     * @return how many tables it emptied
     * @throws IllegalStateException when the database is not the embedded one
     */
    public int wipe() throws SQLException {
        int emptied;
        try (Connection connection = dataSource.getConnection()) {
            if (!EmbeddedDatabase.is(connection.getMetaData())) {
                throw new IllegalStateException("only the embedded H2 database is ever wiped");
            }
            emptied = TableWipe.wipe(connection).size();
        }
        entityManagerFactory.getCache().evictAll();
        Search.mapping(entityManagerFactory).scope(Object.class).workspace().purge();
        return emptied;
    }
}
