package org.frontline.web.kpi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.KpiRow;

/** One group in one interval; {@code values} by KPI key, without the KPIs that have no value. */
public record KpiRowResponse(String start, String end, String group, String label, Map<String, Double> values) {

    static KpiRowResponse from(KpiRow row) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Kpi kpi : Kpi.values()) {
            Double value = row.values().get(kpi);
            if (value != null) {
                values.put(kpi.key(), value);
            }
        }
        return new KpiRowResponse(row.start().toString(), row.end().toString(), row.group(), row.label(), values);
    }
}
