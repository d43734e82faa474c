package org.frontline.web.kpi;

import org.frontline.core.domain.kpi.Kpi;

/** A KPI's key, unit and one-line definition. */
public record KpiDefinitionResponse(String key, String unit, String definition) {

    static KpiDefinitionResponse from(Kpi kpi) {
        return new KpiDefinitionResponse(kpi.key(), kpi.unit(), kpi.definition());
    }
}
