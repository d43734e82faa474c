package org.frontline.core.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A half-open stretch of time [start, end). */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The part of this window that also lies in {@code other}, if any. */
    public Optional<TimeWindow> intersect(TimeWindow other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Optional.of(new TimeWindow(from, to)) : Optional.empty();
    }
}
