package org.frontline.routing.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The 336 half-hours of a week on the centre's local clock (Monday 00:00 is slot 0), so that history from several
 * weeks lines up by weekday and time of day, across daylight-saving changes too.
 */
final class WeekSlots {
    static final int MINUTES = 30;
    static final int PER_DAY = 24 * 60 / MINUTES;
    static final int COUNT = 7 * PER_DAY;

    private final ZoneId zone;

    WeekSlots(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    int slotOf(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return (local.getDayOfWeek().getValue() - 1) * PER_DAY + local.getHour() * 2 + local.getMinute() / MINUTES;
    }

    static DayOfWeek dayOf(int slot) {
        return DayOfWeek.of(slot / PER_DAY + 1);
    }

    static LocalTime startOf(int slot) {
        return LocalTime.MIDNIGHT.plusMinutes((long) (slot % PER_DAY) * MINUTES);
    }

    /** Hands each slot's share, in seconds, of the stretch [start, end) to {@code share}. */
    void spread(Instant start, Instant end, SlotShare share) {
        Instant at = start;
        while (at.isBefore(end)) {
            ZonedDateTime local = at.atZone(zone);
            ZonedDateTime slotStart =
                    local.truncatedTo(ChronoUnit.HOURS).plusMinutes(local.getMinute() >= MINUTES ? MINUTES : 0);
            Instant next = slotStart.plusMinutes(MINUTES).toInstant();
            Instant until = next.isBefore(end) ? next : end;
            share.add(slotOf(at), Duration.between(at, until).toNanos() / 1e9);
            at = until;
        }
    }

    /** Receives one slot's seconds of a stretch. */
    @FunctionalInterface
    interface SlotShare {
        void add(int slot, double seconds);
    }
}
