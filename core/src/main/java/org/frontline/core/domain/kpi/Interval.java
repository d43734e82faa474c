package org.frontline.core.domain.kpi;

import java.time.Instant;

/** One interval of a report (the whole period when there is no series), half-open: [start, end). */
public record Interval(Instant start, Instant end) {}
