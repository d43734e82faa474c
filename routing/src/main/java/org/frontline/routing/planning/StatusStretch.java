package org.frontline.routing.planning;

import java.time.Instant;
import org.frontline.core.domain.agent.AgentStatus;

/** One agent in one status from {@code start} to {@code end}: a stretch of the status log as planning reads it. */
public record StatusStretch(AgentStatus status, Instant start, Instant end) {}
