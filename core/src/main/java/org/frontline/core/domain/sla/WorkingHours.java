package org.frontline.core.domain.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/** The hours a calendar works on one weekday, in its own time zone; {@code closes} 00:00 means midnight. */
@Embeddable
public record WorkingHours(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week", length = 9)
        DayOfWeek day,

        @Column(name = "opens_at") LocalTime opens,
        @Column(name = "closes_at") LocalTime closes) {

    public WorkingHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw new InvalidValueException(
                    "workingHours", day + " must open (" + opens + ") before it closes (" + closes + ")");
        }
    }

    /** Round the clock on the given day. */
    public static WorkingHours allDay(DayOfWeek day) {
        return new WorkingHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }
}
