package org.frontline.web.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** Why a contact moves to another tier, and the agent handing it on (needed once it is offered or accepted). */
public record EscalationRequest(
        Long agentId, @NotBlank @Size(max = 2000) String reason) {

    Optional<Long> holder() {
        return Optional.ofNullable(agentId);
    }
}
