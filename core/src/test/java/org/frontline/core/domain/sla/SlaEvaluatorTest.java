package org.frontline.core.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaEvaluatorTest {
    private final SlaEvaluator evaluator = new SlaEvaluator(BusinessClockTest.officeHours(Set.of()), 75);
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    private static Instant paris(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), ZoneId.of("Europe/Paris"))
                .toInstant();
    }

    @Test
    void isOnTrackEarlyThenWarnsThenBreaches() {
        Instant raised = paris("2026-11-23T09:00");

        SlaMeasure early =
                evaluator.measure(raised, EIGHT_HOURS, List.of(), Optional.empty(), paris("2026-11-23T12:00"));
        SlaMeasure late =
                evaluator.measure(raised, EIGHT_HOURS, List.of(), Optional.empty(), paris("2026-11-23T15:00"));
        SlaMeasure over =
                evaluator.measure(raised, EIGHT_HOURS, List.of(), Optional.empty(), paris("2026-11-24T10:00"));

        assertThat(early.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(early.dueAt()).isEqualTo(paris("2026-11-23T17:00"));
        assertThat(early.remaining()).isEqualTo(Duration.ofHours(5));
        assertThat(late.state()).as("6 of 8 hours is the 75% warning").isEqualTo(SlaState.WARNING);
        assertThat(over.state()).isEqualTo(SlaState.BREACHED);
        assertThat(over.remaining()).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void isPausedWhileTheCaseWaits() {
        Instant raised = paris("2026-11-23T09:00");
        List<TimeWindow> waiting = List.of(new TimeWindow(paris("2026-11-23T10:00"), Instant.MAX));

        SlaMeasure measure =
                evaluator.measure(raised, EIGHT_HOURS, waiting, Optional.empty(), paris("2026-11-25T10:00"));

        assertThat(measure.state()).isEqualTo(SlaState.PAUSED);
        assertThat(measure.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(measure.dueAt()).isNull();
    }

    @Test
    void isMetOrMissedOnceDone() {
        Instant raised = paris("2026-11-23T09:00");

        SlaMeasure met = evaluator.measure(
                raised, EIGHT_HOURS, List.of(), Optional.of(paris("2026-11-23T16:00")), paris("2026-11-30T09:00"));
        SlaMeasure missed = evaluator.measure(
                raised, EIGHT_HOURS, List.of(), Optional.of(paris("2026-11-24T11:00")), paris("2026-11-30T09:00"));

        assertThat(met.state()).isEqualTo(SlaState.MET);
        assertThat(met.doneAt()).isEqualTo(paris("2026-11-23T16:00"));
        assertThat(missed.state()).isEqualTo(SlaState.MISSED);
        assertThat(missed.remaining()).isEqualTo(Duration.ofHours(-2));
    }
}
