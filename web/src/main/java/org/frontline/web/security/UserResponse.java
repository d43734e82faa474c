package org.frontline.web.security;

import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.access.UserAccount;

/** An account as administrators see it: never its password or hash. */
public record UserResponse(
        long id,
        long version,
        String username,
        String displayName,
        List<String> roles,
        List<String> grantedRoles,
        Long agentId,
        boolean enabled,
        Instant createdAt,
        Instant passwordChangedAt) {

    static UserResponse from(UserAccount account) {
        return new UserResponse(
                account.id(),
                account.version(),
                account.username(),
                account.displayName(),
                RoleNames.names(account.roles()),
                RoleNames.names(account.grantedRoles()),
                account.agentId(),
                account.enabled(),
                account.createdAt(),
                account.passwordChangedAt());
    }
}
