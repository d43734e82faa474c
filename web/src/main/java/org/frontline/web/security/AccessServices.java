package org.frontline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.frontline.core.domain.access.AccessRepository;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.ApiTokenService;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.infrastructure.jpa.JpaAccessRepository;

/** Builds the account and token services over the container's persistence context. */
@ApplicationScoped
public class AccessServices {

    @PersistenceContext(unitName = "frontline")
    private EntityManager entityManager;

    @Produces
    AccessRepository accessRepository() {
        return new JpaAccessRepository(entityManager);
    }

    @Produces
    AccountService accountService(AccessRepository repository, Pbkdf2Hasher hasher, AgentService agents, Clock clock) {
        return new AccountService(repository, hasher, agents::get, clock);
    }

    @Produces
    ApiTokenService apiTokenService(AccessRepository repository, Clock clock) {
        return new ApiTokenService(repository, clock);
    }
}
