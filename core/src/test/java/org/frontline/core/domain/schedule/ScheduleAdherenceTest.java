package org.frontline.core.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.agent.StatusLogEntry;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Adherence: the status log's stretches of taking contacts laid over the shifts. */
class ScheduleAdherenceTest {
    private static final Instant DAY = Instant.parse("2026-11-30T00:00:00Z");

    private static Instant at(int hour, int minute) {
        return DAY.plus(Duration.ofHours(hour).plusMinutes(minute));
    }

    @Test
    void countsTheScheduledTimeSpentTakingContactsAndTheWorkOutsideShifts() {
        // Shift 09:00-17:00. Logged in 08:50, available/busy until 12:00, lunch (away) 12:00-13:00 while the
        // shift ran, back taking contacts 13:00-17:30, offline after.
        List<Shift> shifts = List.of(new Shift(1, at(9, 0), at(17, 0)));
        List<StatusLogEntry> log = List.of(
                new StatusLogEntry(AgentStatus.AVAILABLE, at(8, 50), at(10, 0)),
                new StatusLogEntry(AgentStatus.BUSY, at(10, 0), at(12, 0)),
                new StatusLogEntry(AgentStatus.AWAY, at(12, 0), at(13, 0)),
                new StatusLogEntry(AgentStatus.WRAP_UP, at(13, 0), at(17, 30)),
                new StatusLogEntry(AgentStatus.OFFLINE, at(17, 30), null));

        Adherence adherence = ScheduleAdherence.of(shifts, log, DAY, DAY.plus(Duration.ofDays(1)), at(20, 0));

        assertThat(adherence.scheduled()).isEqualTo(Duration.ofHours(8));
        assertThat(adherence.adhering()).isEqualTo(Duration.ofHours(7));
        assertThat(adherence.share()).contains(7 / 8.0);
        assertThat(adherence.outsideShifts()).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void onlyThePeriodCountsAndAnOpenStretchRunsUntilNow() {
        List<Shift> shifts = List.of(new Shift(1, at(9, 0), at(17, 0)));
        List<StatusLogEntry> log = List.of(new StatusLogEntry(AgentStatus.AVAILABLE, at(9, 0), null));

        Adherence adherence = ScheduleAdherence.of(shifts, log, at(12, 0), at(18, 0), at(15, 0));

        assertThat(adherence.scheduled()).isEqualTo(Duration.ofHours(5));
        assertThat(adherence.adhering()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void nothingScheduledHasNoShareAndAShiftMustEndAfterItStarts() {
        assertThat(ScheduleAdherence.of(List.of(), List.of(), DAY, at(23, 0), at(23, 0))
                        .share())
                .isEmpty();
        assertThatThrownBy(() -> new Shift(1, at(10, 0), at(9, 0))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Shift(1, at(0, 0), at(25, 0)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 24 hours");
    }
}
