package org.frontline.core.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Measures time the way an SLA does: only the calendar's working time counts, and not while the clock is paused (a
 * case waiting for the customer).
 *
 * <pre>{@code
 * BusinessClock clock = new BusinessClock(calendar);
 * Instant due = clock.deadline(raisedAt, Duration.ofHours(8), pauses);
 * Duration used = clock.elapsed(raisedAt, now, pauses);
 * }</pre>
 */
public final class BusinessClock {
    private final BusinessCalendar calendar;

    public BusinessClock(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** When {@code target} of counted time will have passed since {@code start}, pauses excluded. */
    public Instant deadline(Instant start, Duration target, List<TimeWindow> pauses) {
        if (target.isNegative()) {
            throw new IllegalArgumentException("target must not be negative, got " + target);
        }
        Duration left = target;
        Iterator<TimeWindow> working = calendar.workingTimeFrom(start);
        Instant reached = start;
        while (working.hasNext()) {
            for (TimeWindow counted : withoutPauses(working.next(), pauses)) {
                if (counted.length().compareTo(left) >= 0) {
                    return counted.start().plus(left);
                }
                left = left.minus(counted.length());
                reached = counted.end();
            }
        }
        throw new IllegalStateException("calendar " + calendar.name() + " has no working time after " + reached);
    }

    /** How much counted time lies between {@code start} and {@code end}, pauses excluded. */
    public Duration elapsed(Instant start, Instant end, List<TimeWindow> pauses) {
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        Iterator<TimeWindow> working = calendar.workingTimeFrom(start);
        while (working.hasNext()) {
            TimeWindow window = working.next();
            if (!window.start().isBefore(end)) {
                break;
            }
            TimeWindow clipped = window.intersect(new TimeWindow(start, end)).orElse(null);
            if (clipped != null) {
                for (TimeWindow counted : withoutPauses(clipped, pauses)) {
                    total = total.plus(counted.length());
                }
            }
        }
        return total;
    }

    /** The parts of {@code window} that no pause covers, in order. */
    static List<TimeWindow> withoutPauses(TimeWindow window, List<TimeWindow> pauses) {
        List<TimeWindow> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(TimeWindow::start));
        List<TimeWindow> parts = new ArrayList<>();
        Instant cursor = window.start();
        for (TimeWindow pause : sorted) {
            if (!pause.end().isAfter(cursor) || !pause.start().isBefore(window.end())) {
                continue;
            }
            if (pause.start().isAfter(cursor)) {
                parts.add(new TimeWindow(cursor, pause.start()));
            }
            cursor = pause.end().isAfter(cursor) ? pause.end() : cursor;
            if (!cursor.isBefore(window.end())) {
                return parts;
            }
        }
        parts.add(new TimeWindow(cursor, window.end()));
        return parts;
    }
}
