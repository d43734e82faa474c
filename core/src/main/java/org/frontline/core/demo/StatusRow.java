package org.frontline.core.demo;

import java.time.Instant;
import org.frontline.core.domain.agent.AgentStatus;

/** One stretch of a demo agent's status log, ready for a bulk insert. */
public record StatusRow(long agentId, AgentStatus status, Instant start, Instant end) {}
