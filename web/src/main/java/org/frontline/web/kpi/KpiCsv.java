package org.frontline.web.kpi;

import java.util.ArrayList;
import java.util.List;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.KpiReport;
import org.frontline.core.domain.kpi.KpiRow;
import org.frontline.web.platform.CsvText;

/** A KPI report as CSV: one row per interval and group, one column per KPI (empty where it has no value). */
final class KpiCsv {
    private KpiCsv() {}

    static String of(KpiReport report) {
        List<String> header = new ArrayList<>(List.of("start", "end", "group", "label"));
        for (Kpi kpi : Kpi.values()) {
            header.add(kpi.key());
        }
        List<List<Object>> records = new ArrayList<>();
        for (KpiRow row : report.rows()) {
            List<Object> record = new ArrayList<>(List.of(row.start(), row.end()));
            record.add(row.group());
            record.add(row.label());
            for (Kpi kpi : Kpi.values()) {
                record.add(row.values().get(kpi));
            }
            records.add(record);
        }
        return CsvText.of(header, records);
    }
}
