package org.frontline.web.staffing;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.routing.staffing.ServiceTarget;
import org.frontline.routing.staffing.Workload;

/**
 * One interval's workload and service target as a planner sends them; every field but the workload has the usual
 * default (a 30-minute interval, one contact at a time, 80% answered within 20 s, no occupancy or abandonment cap, no
 * shrinkage). {@code agents}, when given, also asks how the interval performs with that many agents.
 */
public record StaffingRequest(
        @NotNull Double arrivals,
        @NotNull Double averageHandleSeconds,
        Double intervalMinutes,
        Integer concurrency,
        Double serviceLevel,
        Double thresholdSeconds,
        Double maxOccupancy,
        Double maxAbandonment,
        Double shrinkage,
        Double patienceSeconds,
        Integer agents) {

    Workload workload() {
        return new Workload(
                arrivals,
                averageHandleSeconds,
                Optional.ofNullable(intervalMinutes).orElse(30.0) * 60,
                Optional.ofNullable(concurrency).orElse(1));
    }

    ServiceTarget target() {
        return ServiceTarget.withDefaults(
                Optional.ofNullable(serviceLevel),
                Optional.ofNullable(thresholdSeconds),
                Optional.ofNullable(maxOccupancy),
                Optional.ofNullable(maxAbandonment));
    }

    double shrinkageOrNone() {
        return Optional.ofNullable(shrinkage).orElse(0.0);
    }

    /** Erlang A cannot run without the callers' mean patience. */
    double patience() {
        if (patienceSeconds == null) {
            throw new InvalidValueException(
                    "patienceSeconds", "is required for Erlang A: the mean time callers wait before hanging up");
        }
        return patienceSeconds;
    }

    Optional<Integer> agentsAsked() {
        if (agents != null && agents < 0) {
            throw new InvalidValueException("agents", "must be 0 or more, got " + agents);
        }
        return Optional.ofNullable(agents);
    }
}
