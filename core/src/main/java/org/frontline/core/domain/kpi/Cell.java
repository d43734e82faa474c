package org.frontline.core.domain.kpi;

/** Where a tally goes in a report: interval number {@code interval}, group {@code group} (null: rows without one). */
public record Cell(int interval, String group) {}
