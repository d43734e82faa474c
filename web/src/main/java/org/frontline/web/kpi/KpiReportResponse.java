package org.frontline.web.kpi;

import java.util.List;
import org.frontline.core.domain.kpi.KpiReport;

/** A KPI report: its period, zone, grouping and interval, and its rows by interval then label. */
public record KpiReportResponse(
        String from, String to, String zone, String groupBy, String interval, List<KpiRowResponse> rows) {

    static KpiReportResponse from(KpiReport report) {
        return new KpiReportResponse(
                report.query().from().toString(),
                report.query().to().toString(),
                report.query().zone().getId(),
                report.query().grouping().name(),
                report.query().granularity().map(Enum::name).orElse(null),
                report.rows().stream().map(KpiRowResponse::from).toList());
    }
}
