package org.frontline.core.domain.kpi;

import java.time.Instant;
import java.util.Map;

/**
 * One group's KPIs in one interval; a KPI without a value (nothing to divide by, or not measurable for this grouping)
 * is absent.
 */
public record KpiRow(Instant start, Instant end, String group, String label, Map<Kpi, Double> values) {

    public KpiRow {
        values = Map.copyOf(values);
    }
}
