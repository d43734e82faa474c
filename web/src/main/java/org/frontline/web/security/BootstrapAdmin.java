package org.frontline.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.AccountService.AccountDetails;
import org.frontline.core.domain.access.Role;
import org.frontline.web.platform.Transactions;

/**
 * Gives a new installation its first administrator: when {@code FRONTLINE_ADMIN_PASSWORD} is set and no account named
 * {@value #USERNAME} exists, creates it with that password. An existing account is never changed.
 */
@ApplicationScoped
public class BootstrapAdmin {
    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "FRONTLINE_ADMIN_PASSWORD")
    Optional<String> password;

    @Inject
    AccountService accounts;

    @Inject
    Transactions transactions;

    /** After the migration, before the demo data. */
    void createOnStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup startup) {
        if (password.isEmpty() || password.get().isBlank()) {
            return;
        }
        boolean created = transactions.run(() -> accounts.createIfAbsent(
                USERNAME, password.get(), new AccountDetails("Administrator", EnumSet.of(Role.ADMIN), null, true)));
        if (created) {
            LOG.info("Created the administrator account '" + USERNAME + "' from FRONTLINE_ADMIN_PASSWORD");
        }
    }
}
