package org.frontline.core.domain.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of a report come from the daily roll-ups (whole days of the reporting zone that are rolled up and
 * unchanged since) and which are summed from the rows (everything else), each tagged with its interval.
 */
record ReportPlan(Map<LocalDate, Integer> rolledUpDays, List<Piece> pieces) {

    /** Everything from the rows. */
    static ReportPlan rowsOnly(List<Interval> intervals) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            pieces.add(new Piece(i, intervals.get(i).start(), intervals.get(i).end()));
        }
        return new ReportPlan(Map.of(), pieces);
    }

    /** Whole days found in {@code usable} come from the roll-ups; the rest of each interval from the rows. */
    static ReportPlan of(List<Interval> intervals, ZoneId zone, Set<LocalDate> usable) {
        Map<LocalDate, Integer> days = new HashMap<>();
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            Instant cursor = interval.start();
            for (LocalDate day = interval.start().atZone(zone).toLocalDate();
                    !start(day, zone).isAfter(interval.end());
                    day = day.plusDays(1)) {
                Instant dayStart = start(day, zone);
                Instant dayEnd = start(day.plusDays(1), zone);
                boolean whole = !dayStart.isBefore(interval.start()) && !dayEnd.isAfter(interval.end());
                if (whole && usable.contains(day)) {
                    if (cursor.isBefore(dayStart)) {
                        pieces.add(new Piece(i, cursor, dayStart));
                    }
                    days.put(day, i);
                    cursor = dayEnd;
                }
            }
            if (cursor.isBefore(interval.end())) {
                pieces.add(new Piece(i, cursor, interval.end()));
            }
        }
        return new ReportPlan(days, pieces);
    }

    static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
