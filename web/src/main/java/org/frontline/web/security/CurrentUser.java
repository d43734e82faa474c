package org.frontline.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.Optional;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.access.UserAccount;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.web.error.Problem;

/** The account behind the current request, for endpoints whose answer depends on who asks. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    AgentService agents;

    private UserAccount account;

    /** The caller's account; only called behind an {@link Allowed} check, so somebody is logged in. */
    public UserAccount account() {
        if (account == null) {
            String name = Optional.ofNullable(security.getCallerPrincipal())
                    .map(Principal::getName)
                    .orElseThrow(() -> new IllegalStateException("no caller on a request that needs one"));
            account = accounts.find(name).orElseThrow(() -> new NotFoundException("user", name));
        }
        return account;
    }

    /** Whether the caller holds {@code role}, directly or through a higher one. */
    private boolean holds(Role role) {
        return account().holds(role);
    }

    /**
     * Whether the caller may see or act for agent {@code agentId}: they are that agent, or they lead agents (team
     * leads and above) or review them (QA analysts).
     */
    public boolean speaksFor(long agentId) {
        return overseesAgents() || Long.valueOf(agentId).equals(account().agentId());
    }

    /** Whether the caller leads agents (team leads and above) or reviews them (QA analysts). */
    public boolean overseesAgents() {
        return holds(Role.TEAM_LEAD) || holds(Role.QA_ANALYST);
    }

    /** Refuses a caller who may not act for agent {@code agentId} (403), once the agent is known to exist (404). */
    public void requireSpeaksFor(long agentId) {
        agents.get(agentId);
        if (!speaksFor(agentId)) {
            throw notYours("You may only do this as yourself"
                    + Optional.ofNullable(account().agentId())
                            .map(own -> " (agent " + own + ")")
                            .orElse(" (your account works as no agent)")
                    + ", not for agent " + agentId + ".");
        }
    }

    /** The 403 for a caller asking for another agent's work, saying what they may have instead. */
    public static WebApplicationException notYours(String detail) {
        return new WebApplicationException(
                Problem.of(Response.Status.FORBIDDEN, "not-yours", detail).toResponse());
    }
}
