package org.frontline.core.domain.kpi;

import java.time.LocalDate;

/** A rolled-up tally's day and group (null: rows without one). */
public record DayGroup(LocalDate day, String group) {}
