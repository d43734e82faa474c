package org.frontline.core.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Measures one SLA target for a case: the clock starts when the case is raised, counts only working time, stops
 * during pauses, and ends when the target is done.
 */
public final class SlaEvaluator {
    private final BusinessClock clock;
    private final int warningPercent;

    public SlaEvaluator(BusinessCalendar calendar, int warningPercent) {
        this.clock = new BusinessClock(Objects.requireNonNull(calendar, "calendar"));
        this.warningPercent = warningPercent;
    }

    /**
     * @param start when the clock started
     * @param target how much working time the target allows
     * @param pauses closed pauses; an open one (the case waits now) has end {@link Instant#MAX}
     * @param doneAt when the target was done, if it is
     */
    public SlaMeasure measure(
            Instant start, Duration target, List<TimeWindow> pauses, Optional<Instant> doneAt, Instant now) {
        Instant until = doneAt.orElse(now);
        Duration elapsed = clock.elapsed(start, until, pauses);
        Duration remaining = target.minus(elapsed);
        if (doneAt.isPresent()) {
            SlaState state = remaining.isNegative() ? SlaState.MISSED : SlaState.MET;
            return new SlaMeasure(target, state, null, elapsed, remaining, doneAt.get());
        }
        boolean paused =
                pauses.stream().anyMatch(p -> !p.start().isAfter(now) && p.end().isAfter(now));
        if (paused) {
            return new SlaMeasure(target, SlaState.PAUSED, null, elapsed, remaining, null);
        }
        Instant dueAt = clock.deadline(start, target, pauses);
        SlaState state;
        if (remaining.isNegative() || remaining.isZero()) {
            state = SlaState.BREACHED;
        } else if (elapsed.multipliedBy(100).compareTo(target.multipliedBy(warningPercent)) >= 0) {
            state = SlaState.WARNING;
        } else {
            state = SlaState.ON_TRACK;
        }
        return new SlaMeasure(target, state, dueAt, elapsed, remaining, null);
    }

    /** When a target's clock reaches the warning share of {@code target}, pauses excluded. */
    public Instant warningAt(Instant start, Duration target, List<TimeWindow> pauses) {
        return clock.deadline(start, target.multipliedBy(warningPercent).dividedBy(100), pauses);
    }
}
