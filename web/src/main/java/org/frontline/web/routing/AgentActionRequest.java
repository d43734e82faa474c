package org.frontline.web.routing;

import jakarta.validation.constraints.NotNull;

/**
 * An agent acting on a contact offered to them or in their hands; {@code wrapUp} (when completing) sends them to
 * wrap-up instead of straight to their next contact.
 */
public record AgentActionRequest(@NotNull Long agentId, Boolean wrapUp) {

    boolean wrapsUp() {
        return Boolean.TRUE.equals(wrapUp);
    }
}
