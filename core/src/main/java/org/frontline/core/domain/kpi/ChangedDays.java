package org.frontline.core.domain.kpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The reporting days that changed stretches of time touch. */
final class ChangedDays {
    private ChangedDays() {}

    static Set<LocalDate> of(Collection<Interval> changed, ZoneId zone) {
        Set<LocalDate> days = new HashSet<>();
        for (Interval stretch : changed) {
            LocalDate last = stretch.end().atZone(zone).toLocalDate();
            for (LocalDate day = stretch.start().atZone(zone).toLocalDate();
                    !day.isAfter(last);
                    day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }
}
