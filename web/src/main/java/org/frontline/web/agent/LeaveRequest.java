package org.frontline.web.agent;

import jakarta.validation.constraints.NotBlank;
import org.frontline.web.platform.RequestParameters;

/** An agent's leaving: their last day (2026-11-30), why (VOLUNTARY, INVOLUNTARY, INTERNAL_MOVE), the version read. */
public record LeaveRequest(
        @NotBlank String leftOn, @NotBlank String reason, Long version) {

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}
