package org.frontline.core.domain.kpi;

import java.util.List;

/** A KPI report: its query and its rows, by interval, then by group label. */
public record KpiReport(KpiQuery query, List<KpiRow> rows) {

    public KpiReport {
        rows = List.copyOf(rows);
    }
}
