package org.frontline.core.demo;

import java.time.Instant;

/** One shift a demo agent is scheduled for, ready for a bulk insert. */
public record ShiftRow(long agentId, Instant start, Instant end) {}
