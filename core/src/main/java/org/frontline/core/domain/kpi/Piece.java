package org.frontline.core.domain.kpi;

import java.time.Instant;

/** A stretch of report interval number {@code interval} that is summed from the rows themselves: [start, end). */
public record Piece(int interval, Instant start, Instant end) {}
