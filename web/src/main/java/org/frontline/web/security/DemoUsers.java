package org.frontline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.AccountService.AccountDetails;
import org.frontline.core.domain.access.Role;

/** One demo login per role, all with the password {@value #PASSWORD}; the agent and the team lead work as agents. */
@ApplicationScoped
public class DemoUsers {
    public static final String PASSWORD = "frontline-demo";

    /** A demo login; {@code agent} says whether it works as one of the demo agents. */
    record DemoUser(String username, String displayName, Role role, boolean agent) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("agent", "Demo Agent", Role.AGENT, true),
            new DemoUser("qa", "Demo QA Analyst", Role.QA_ANALYST, false),
            new DemoUser("lead", "Demo Team Lead", Role.TEAM_LEAD, true),
            new DemoUser("supervisor", "Demo Supervisor", Role.SUPERVISOR, false),
            new DemoUser("admin", "Demo Administrator", Role.ADMIN, false));

    @Inject
    AccountService accounts;

    /**
     * Creates the demo logins that do not exist yet; the ones that work as agents take the given agents in turn.
     *
     * @return how many it created
     */
    @Transactional
    public int create(List<Long> agentIds) {
        int created = 0;
        int nextAgent = 0;
        for (DemoUser user : USERS) {
            Long agentId = user.agent() && nextAgent < agentIds.size() ? agentIds.get(nextAgent++) : null;
            AccountDetails details = new AccountDetails(user.displayName(), EnumSet.of(user.role()), agentId, true);
            if (accounts.createIfAbsent(user.username(), PASSWORD, details)) {
                created++;
            }
        }
        return created;
    }
}
