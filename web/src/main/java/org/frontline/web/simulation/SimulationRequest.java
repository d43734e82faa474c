package org.frontline.web.simulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A simulated day: {@code intervals} intervals of {@code intervalMinutes} (48 × 30 by default), the demand, the staff,
 * the answer target (20 s), the stored queues it routes through (all by default), replications (10) and seed (1),
 * and optionally a what-if variant to run beside it with the same seed.
 */
public record SimulationRequest(
        @NotNull @NotEmpty List<@Valid DemandPayload> demand,
        @NotNull @NotEmpty List<@Valid StaffPayload> staff,
        List<String> queues,
        Integer intervals,
        Integer intervalMinutes,
        Integer answerTargetSeconds,
        Integer replications,
        Long seed,
        @Valid WhatIfPayload whatIf) {}
