package org.frontline.core.domain.kpi;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of a time series' intervals, on the clock and calendar of the report's time zone. */
public enum Granularity {
    QUARTER_HOUR,
    HOUR,
    DAY,
    /** Monday to Monday. */
    WEEK;

    /** The start of the interval that holds {@code t}. */
    ZonedDateTime floor(ZonedDateTime t) {
        return switch (this) {
            case QUARTER_HOUR -> {
                ZonedDateTime minute = t.truncatedTo(ChronoUnit.MINUTES);
                yield minute.minusMinutes(minute.getMinute() % 15);
            }
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> t.toLocalDate().atStartOfDay(t.getZone());
            case WEEK ->
                t.toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .atStartOfDay(t.getZone());
        };
    }

    /** The start of the interval after the one starting at {@code start}; days and weeks may be 23 or 25 hours long. */
    ZonedDateTime next(ZonedDateTime start) {
        return switch (this) {
            case QUARTER_HOUR -> start.plusMinutes(15);
            case HOUR -> start.plusHours(1);
            case DAY -> start.toLocalDate().plusDays(1).atStartOfDay(start.getZone());
            case WEEK -> start.toLocalDate().plusWeeks(1).atStartOfDay(start.getZone());
        };
    }

    /** Whether each interval is made of whole days, so daily roll-ups can serve it. */
    boolean wholeDays() {
        return this == DAY || this == WEEK;
    }
}
