package org.frontline.routing.staffing;

import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * What an interval must achieve: a share of contacts answered within a threshold (80% within 20 s is the classic),
 * agents busy no more than a share of their time, and, where contacts abandon, at most a share of them lost.
 */
public record ServiceTarget(double serviceLevel, double thresholdSeconds, double maxOccupancy, double maxAbandonment) {

    public ServiceTarget {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new InvalidValueException(
                    "serviceLevel",
                    "must be a share between 0 and 1, both excluded (0.8 for 80%), got " + serviceLevel);
        }
        if (!Double.isFinite(thresholdSeconds) || thresholdSeconds < 0) {
            throw new InvalidValueException("thresholdSeconds", "must be 0 seconds or more, got " + thresholdSeconds);
        }
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new InvalidValueException(
                    "maxOccupancy", "must be a share above 0 and at most 1 (0.85 for 85%), got " + maxOccupancy);
        }
        if (!(maxAbandonment > 0 && maxAbandonment <= 1)) {
            throw new InvalidValueException(
                    "maxAbandonment", "must be a share above 0 and at most 1 (0.05 for 5%), got " + maxAbandonment);
        }
    }

    /**
     * The target with each share or threshold not given at its usual value: 80% answered within 20 s, no occupancy
     * or abandonment cap.
     */
    public static ServiceTarget withDefaults(
            Optional<Double> serviceLevel,
            Optional<Double> thresholdSeconds,
            Optional<Double> maxOccupancy,
            Optional<Double> maxAbandonment) {
        return new ServiceTarget(
                serviceLevel.orElse(0.8),
                thresholdSeconds.orElse(20.0),
                maxOccupancy.orElse(1.0),
                maxAbandonment.orElse(1.0));
    }

    /** A service level target alone: any occupancy, any abandonment. */
    public static ServiceTarget answering(double serviceLevel, double thresholdSeconds) {
        return new ServiceTarget(serviceLevel, thresholdSeconds, 1, 1);
    }

    /** Whether an interval performing like this meets the target. */
    public boolean isMetBy(QueuePerformance performance) {
        return performance.serviceLevel() >= serviceLevel
                && performance.occupancy() <= maxOccupancy
                && performance.abandonment() <= maxAbandonment;
    }
}
