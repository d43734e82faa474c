package org.frontline.web.sla;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.sla.SlaPolicy.SlaTargets;
import org.frontline.web.platform.RequestParameters;

/**
 * An SLA policy as a client sends it: targets in minutes of the calendar's working time; the next-response target is the
 * first-response one unless given, the warning comes at 75% unless given.
 */
public record SlaPolicyRequest(
        @NotBlank String valueTier,
        @NotBlank String priority,
        @NotNull Long firstResponseMinutes,
        Long nextResponseMinutes,
        @NotNull Long resolutionMinutes,
        Integer warningPercent,
        @NotNull Long calendarId,
        @PositiveOrZero Long version) {
    private static final int DEFAULT_WARNING_PERCENT = 75;

    ValueTier tier() {
        return RequestParameters.enumeration("valueTier", valueTier, ValueTier.class)
                .orElseThrow();
    }

    Priority priorityLevel() {
        return RequestParameters.enumeration("priority", priority, Priority.class)
                .orElseThrow();
    }

    SlaTargets targets() {
        return new SlaTargets(
                Duration.ofMinutes(firstResponseMinutes),
                Duration.ofMinutes(nextResponseMinutes == null ? firstResponseMinutes : nextResponseMinutes),
                Duration.ofMinutes(resolutionMinutes),
                warningPercent == null ? DEFAULT_WARNING_PERCENT : warningPercent);
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}
