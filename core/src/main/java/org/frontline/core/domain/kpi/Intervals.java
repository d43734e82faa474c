package org.frontline.core.domain.kpi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;

/** Cuts a report's period into the intervals of its series, on the time zone's clock (DST days are 23 or 25 h). */
public final class Intervals {
    /** The most intervals one report may have; a finer series needs a shorter period. */
    static final int MAX = 3000;

    private Intervals() {}

    public static List<Interval> of(Instant from, Instant to, ZoneId zone, Optional<Granularity> granularity) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "must be before to");
        }
        if (granularity.isEmpty()) {
            return List.of(new Interval(from, to));
        }
        Granularity g = granularity.get();
        List<Interval> intervals = new ArrayList<>();
        ZonedDateTime start = g.floor(from.atZone(zone));
        while (start.toInstant().isBefore(to)) {
            ZonedDateTime next = g.next(start);
            Instant s = start.toInstant().isBefore(from) ? from : start.toInstant();
            Instant e = next.toInstant().isAfter(to) ? to : next.toInstant();
            intervals.add(new Interval(s, e));
            if (intervals.size() > MAX) {
                throw new InvalidValueException(
                        "interval", "gives more than " + MAX + " intervals for this period; choose a coarser one");
            }
            start = next;
        }
        return intervals;
    }
}
