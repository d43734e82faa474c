package org.frontline.web.workforce;

import jakarta.validation.constraints.NotNull;

/** One agent's answer to a pulse survey, 1 (not at all) to 5 (fully). */
public record PulseAnswerRequest(
        @NotNull Long agentId, @NotNull Integer score) {}
