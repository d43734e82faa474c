package org.frontline.web.kpi;

import org.frontline.core.domain.kpi.targets.KpiTarget;

/** A KPI target; {@code teamId} is absent for the whole centre's. */
public record KpiTargetResponse(long id, long version, Long teamId, String kpi, String comparison, double value) {

    static KpiTargetResponse from(KpiTarget t) {
        return new KpiTargetResponse(
                t.id(),
                t.version(),
                t.teamId().orElse(null),
                t.kpi().key(),
                t.comparison().name(),
                t.value());
    }
}
