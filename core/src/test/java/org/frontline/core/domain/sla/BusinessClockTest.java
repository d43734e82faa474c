package org.frontline.core.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BusinessClockTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday to Friday, 09:00 to 17:00 in Paris; Christmas Day off. */
    static BusinessCalendar officeHours(Set<Holiday> holidays) {
        Set<WorkingHours> hours = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .map(d -> new WorkingHours(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .collect(Collectors.toSet());
        return new BusinessCalendar("Paris office", PARIS, hours, holidays);
    }

    private static Instant paris(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), PARIS).toInstant();
    }

    private final BusinessClock clock = new BusinessClock(officeHours(Set.of()));

    @Test
    void countsWithinOneWorkingDay() {
        assertThat(clock.deadline(paris("2026-11-23T10:00"), Duration.ofHours(4), List.of()))
                .isEqualTo(paris("2026-11-23T14:00"));
    }

    @Test
    void aCaseRaisedFridayAfternoonIsDueMondayOverTheWeekend() {
        // Friday 27 Nov 2026, 15:00: two hours left on Friday, six more from Monday 09:00.
        Instant due = clock.deadline(paris("2026-11-27T15:00"), Duration.ofHours(8), List.of());

        assertThat(due).isEqualTo(paris("2026-11-30T15:00"));
    }

    @Test
    void aCaseRaisedAtNightStartsCountingAtOpening() {
        assertThat(clock.deadline(paris("2026-11-24T22:30"), Duration.ofMinutes(30), List.of()))
                .isEqualTo(paris("2026-11-25T09:30"));
    }

    @Test
    void skipsHolidays() {
        BusinessClock christmas =
                new BusinessClock(officeHours(Set.of(new Holiday(LocalDate.of(2026, 12, 25), "Noël"))));

        // Thursday 24 Dec 16:00: one hour that day; Friday 25 is a holiday, then the weekend; due Monday 28 at 12:00.
        assertThat(christmas.deadline(paris("2026-12-24T16:00"), Duration.ofHours(4), List.of()))
                .isEqualTo(paris("2026-12-28T12:00"));
    }

    @Test
    void stopsWhilePaused() {
        List<TimeWindow> pending = List.of(new TimeWindow(paris("2026-11-23T11:00"), paris("2026-11-23T13:00")));

        assertThat(clock.deadline(paris("2026-11-23T10:00"), Duration.ofHours(4), pending))
                .isEqualTo(paris("2026-11-23T16:00"));
        assertThat(clock.elapsed(paris("2026-11-23T10:00"), paris("2026-11-23T16:00"), pending))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aPauseOverTheWeekendPlusAHolidayCombine() {
        BusinessClock christmas =
                new BusinessClock(officeHours(Set.of(new Holiday(LocalDate.of(2026, 12, 25), "Noël"))));
        List<TimeWindow> pending = List.of(new TimeWindow(paris("2026-12-24T10:00"), paris("2026-12-28T10:00")));

        // Thursday 24 Dec 09:00 + 3h: one hour before the pause, then Monday from 10:00.
        assertThat(christmas.deadline(paris("2026-12-24T09:00"), Duration.ofHours(3), pending))
                .isEqualTo(paris("2026-12-28T12:00"));
    }

    @Test
    void measuresInTheCalendarsTimeZoneWhateverTheCaller() {
        // 08:30 UTC on Monday is 09:30 in Paris (winter, UTC+1): half an hour of working time has passed by 10:00.
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        Instant end = Instant.parse("2026-11-23T08:30:00Z");

        assertThat(clock.elapsed(start, end, List.of())).isEqualTo(Duration.ofMinutes(30));
        assertThat(clock.elapsed(Instant.parse("2026-11-23T07:00:00Z"), end, List.of()))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void keepsWorkingHoursLocalAcrossADaylightSavingChange() {
        // Paris moves to summer time on Sunday 29 March 2026; Friday 16:00 + 2h is Monday 10:00 local, at UTC+2.
        Instant due = clock.deadline(paris("2026-03-27T16:00"), Duration.ofHours(2), List.of());

        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void aRoundTheClockCalendarCountsWallClockTime() {
        BusinessCalendar always = new BusinessCalendar(
                "24x7",
                ZoneId.of("UTC"),
                EnumSet.allOf(DayOfWeek.class).stream()
                        .map(WorkingHours::allDay)
                        .collect(Collectors.toSet()),
                Set.of());

        Instant start = Instant.parse("2026-11-27T22:00:00Z");
        assertThat(new BusinessClock(always).deadline(start, Duration.ofHours(50), List.of()))
                .isEqualTo(start.plus(Duration.ofHours(50)));
    }

    /** Random starts, targets and pauses: the deadline is exactly where the elapsed counted time reaches the target. */
    @Test
    void deadlineAndElapsedAgreeOnRandomInputs() {
        BusinessClock christmas =
                new BusinessClock(officeHours(Set.of(new Holiday(LocalDate.of(2026, 12, 25), "Noël"))));
        Random random = new Random(42);
        Instant base = paris("2026-12-01T00:00");
        for (int i = 0; i < 300; i++) {
            Instant start = base.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 40)));
            Duration target = Duration.ofMinutes(1 + random.nextInt(60 * 30));
            Instant pauseStart = start.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 5)));
            List<TimeWindow> pauses = List.of(
                    new TimeWindow(pauseStart, pauseStart.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)))));

            Instant due = christmas.deadline(start, target, pauses);

            assertThat(christmas.elapsed(start, due, pauses)).isEqualTo(target);
            assertThat(christmas.elapsed(start, due.minusSeconds(1), pauses)).isLessThan(target);
        }
    }
}
