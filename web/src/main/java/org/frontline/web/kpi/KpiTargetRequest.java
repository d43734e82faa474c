package org.frontline.web.kpi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Locale;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.targets.Comparison;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.web.platform.RequestParameters;

/**
 * A KPI target: the team (none for the whole centre), the KPI by key ({@code service-level}) or name, AT_LEAST or
 * AT_MOST, the value; {@code version} when revising.
 */
public record KpiTargetRequest(
        Long teamId,
        @NotBlank String kpi,
        @NotBlank String comparison,
        @NotNull Double value,
        @PositiveOrZero Long version) {

    Kpi toKpi() {
        String name = kpi.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Kpi.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kpi", "unknown KPI '" + kpi + "'; GET /api/kpis/definitions lists them");
        }
    }

    Comparison toComparison() {
        return RequestParameters.enumeration("comparison", comparison, Comparison.class)
                .orElseThrow();
    }
}
