package org.frontline.web.kpi;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.KpiReport;
import org.frontline.core.domain.kpi.KpiRow;

/** A KPI report as CSV: one row per interval and group, one column per KPI (empty where it has no value). */
final class KpiCsv {
    private KpiCsv() {}

    static String of(KpiReport report) {
        List<String> header = new ArrayList<>(List.of("start", "end", "group", "label"));
        for (Kpi kpi : Kpi.values()) {
            header.add(kpi.key());
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (KpiRow row : report.rows()) {
                List<Object> record = new ArrayList<>(List.of(row.start(), row.end(), text(row.group()), row.label()));
                for (Kpi kpi : Kpi.values()) {
                    Double value = row.values().get(kpi);
                    record.add(value == null ? "" : value);
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
