package org.frontline.core.domain.schedule;

import java.time.Duration;
import java.util.Optional;

/**
 * Schedule adherence over a period: the time scheduled, the part of it the agent spent taking contacts (available,
 * busy or wrapping up), that share, and the time they took contacts outside their shifts.
 */
public record Adherence(Duration scheduled, Duration adhering, Duration outsideShifts) {

    /** Adhering ÷ scheduled; empty when nothing was scheduled. */
    public Optional<Double> share() {
        return scheduled.isZero() ? Optional.empty() : Optional.of((double) adhering.toMillis() / scheduled.toMillis());
    }
}
