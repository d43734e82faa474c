package org.frontline.web.security;

import java.time.Instant;
import org.frontline.core.domain.access.AdminAction;

/** One entry of the admin action log. */
public record AdminActionResponse(
        long id, String actor, Instant at, String method, String target, int status, String remoteAddress) {

    static AdminActionResponse from(AdminAction action) {
        return new AdminActionResponse(
                action.id(),
                action.actor(),
                action.at(),
                action.method(),
                action.target(),
                action.status(),
                action.remoteAddress());
    }
}
