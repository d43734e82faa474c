package org.frontline.core.domain.agent;

import java.time.Instant;

/** One stretch of an agent's status log; {@code endedAt} is null for the current, open stretch. */
public record StatusLogEntry(AgentStatus status, Instant startedAt, Instant endedAt) {}
