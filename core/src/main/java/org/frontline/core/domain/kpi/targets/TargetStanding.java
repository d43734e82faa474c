package org.frontline.core.domain.kpi.targets;

import java.util.Optional;

/**
 * Where a team (or the whole centre) stands against one target in a period, and its value in the period of the same
 * length before.
 */
public record TargetStanding(
        KpiTarget target,
        String teamName,
        Optional<Double> value,
        Optional<Double> previousValue,
        TargetStatus status,
        Trend trend) {}
