package org.frontline.qualityaudit.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.frontline.core.domain.shared.InvalidValueException;

/** A stretch of time [from, to) a feedback session goes over. */
public record Period(Instant from, Instant to) {

    public Period {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("from", "give a period whose end (to) comes after its start (from)");
        }
    }

    /** Whether the day (in UTC) falls in the period: its start is in [from, to). */
    public boolean holds(LocalDate day) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return !start.isBefore(from) && start.isBefore(to);
    }
}
