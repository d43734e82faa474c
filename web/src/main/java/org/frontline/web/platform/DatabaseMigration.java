package org.frontline.web.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SchemaValidationException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before the application serves a request, then
 * has Hibernate check that the entities match it, so a mismatch stops the start instead of failing
 * a customer's request later. It observes start-up first, before anything else touches the database.
 */
@ApplicationScoped
public class DatabaseMigration {
    /** Every module's migrations. */
    private static final String MIGRATIONS = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/frontline")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "frontline")
    private EntityManagerFactory entityManagerFactory;

    void migrateOnStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, "
                + result.database
                + ")");
        try {
            entityManagerFactory.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException(
                    "The database schema does not match the entities (is a migration missing?): " + e.getMessage(), e);
        }
    }
}
