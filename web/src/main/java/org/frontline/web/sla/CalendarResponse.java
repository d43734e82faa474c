package org.frontline.web.sla;

import java.util.Comparator;
import java.util.List;
import org.frontline.core.domain.sla.BusinessCalendar;
import org.frontline.core.domain.sla.Holiday;
import org.frontline.core.domain.sla.WorkingHours;
import org.frontline.web.sla.CalendarRequest.Day;
import org.frontline.web.sla.CalendarRequest.Hours;

/** A business calendar as the API returns it, weekdays and holidays in order. */
public record CalendarResponse(
        long id, long version, String name, String timeZone, List<Hours> workingHours, List<Day> holidays) {

    static CalendarResponse from(BusinessCalendar calendar) {
        return new CalendarResponse(
                calendar.id(),
                calendar.version(),
                calendar.name(),
                calendar.zone().getId(),
                calendar.workingHours().stream()
                        .sorted(Comparator.comparing(WorkingHours::day))
                        .map(h -> new Hours(h.day().name(), h.opens(), h.closes()))
                        .toList(),
                calendar.holidays().stream()
                        .sorted(Comparator.comparing(Holiday::date))
                        .map(h -> new Day(h.date(), h.name()))
                        .toList());
    }
}
