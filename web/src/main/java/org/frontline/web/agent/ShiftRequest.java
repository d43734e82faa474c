package org.frontline.web.agent;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A shift to schedule for an agent: when it starts and ends (ISO-8601 instants). */
public record ShiftRequest(
        @NotNull Instant startsAt, @NotNull Instant endsAt) {}
