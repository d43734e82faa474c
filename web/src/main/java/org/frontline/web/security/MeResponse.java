package org.frontline.web.security;

import java.util.List;
import org.frontline.core.domain.access.UserAccount;

/**
 * The caller: who they are, every role they hold (directly or through a higher one), the agent they work as, and for
 * a browser session the CSRF token its screens send with each change.
 */
public record MeResponse(String username, String displayName, List<String> roles, Long agentId, String csrfToken) {

    static MeResponse from(UserAccount account, String csrfToken) {
        return new MeResponse(
                account.username(),
                account.displayName(),
                RoleNames.names(account.grantedRoles()),
                account.agentId(),
                csrfToken);
    }
}
