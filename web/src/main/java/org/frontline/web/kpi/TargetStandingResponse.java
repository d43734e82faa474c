package org.frontline.web.kpi;

import org.frontline.core.domain.kpi.targets.TargetStanding;

/** Where a team stands against a target: its value now and in the period before, status and trend. */
public record TargetStandingResponse(
        KpiTargetResponse target, String team, Double value, Double previousValue, String status, String trend) {

    static TargetStandingResponse from(TargetStanding s) {
        return new TargetStandingResponse(
                KpiTargetResponse.from(s.target()),
                s.teamName(),
                s.value().orElse(null),
                s.previousValue().orElse(null),
                s.status().name(),
                s.trend().name());
    }
}
