package org.frontline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.AccountService.AccountDetails;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.access.UserAccount;

/**
 * One demo login per role, all with the password {@value #PASSWORD}; the agent and the team lead work as contact-taking
 * agents, the QA analyst as an analyst of the quality team.
 */
@ApplicationScoped
public class DemoUsers {
    public static final String PASSWORD = "frontline-demo";

    /** Which demo agents a login works as: none, the contact-taking ones, or the quality team's analysts. */
    enum WorksAs {
        NOBODY,
        CONTACT_TAKER,
        ANALYST
    }

    /** A demo login. */
    record DemoUser(String username, String displayName, Role role, WorksAs worksAs) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("agent", "Demo Agent", Role.AGENT, WorksAs.CONTACT_TAKER),
            new DemoUser("qa", "Demo QA Analyst", Role.QA_ANALYST, WorksAs.ANALYST),
            new DemoUser("lead", "Demo Team Lead", Role.TEAM_LEAD, WorksAs.CONTACT_TAKER),
            new DemoUser("supervisor", "Demo Supervisor", Role.SUPERVISOR, WorksAs.NOBODY),
            new DemoUser("admin", "Demo Administrator", Role.ADMIN, WorksAs.NOBODY));

    @Inject
    AccountService accounts;

    /**
     * Creates the demo logins that do not exist yet; the ones that work as agents take the given contact takers or
     * analysts in turn, and an existing one that works as nobody (its agent gone with a demo reset) takes its agent
     * again.
     *
     * @return how many it created
     */
    @Transactional
    public int create(List<Long> contactTakers, List<Long> analysts) {
        int created = 0;
        Iterator<Long> nextTaker = contactTakers.iterator();
        Iterator<Long> nextAnalyst = analysts.iterator();
        for (DemoUser user : USERS) {
            Long agentId = switch (user.worksAs()) {
                case NOBODY -> null;
                case CONTACT_TAKER -> nextTaker.hasNext() ? nextTaker.next() : null;
                case ANALYST -> nextAnalyst.hasNext() ? nextAnalyst.next() : null;
            };
            AccountDetails details = new AccountDetails(user.displayName(), EnumSet.of(user.role()), agentId, true);
            if (accounts.createIfAbsent(user.username(), PASSWORD, details)) {
                created++;
            } else if (agentId != null) {
                relink(user.username(), agentId);
            }
        }
        return created;
    }

    private void relink(String username, long agentId) {
        UserAccount account = accounts.find(username).orElseThrow();
        if (account.agentId() == null) {
            accounts.update(
                    account.id(),
                    account.version(),
                    new AccountDetails(account.displayName(), account.roles(), agentId, account.enabled()));
        }
    }
}
