package org.frontline.core.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ContactTimelineTest {
    private static final Instant ARRIVED = Instant.parse("2026-11-23T09:00:00Z");

    private static ContactTimeline call(Instant answered, Instant ended, long talk, boolean abandoned) {
        return new ContactTimeline(
                ARRIVED,
                Optional.of(ARRIVED.plusSeconds(5)),
                Optional.ofNullable(answered),
                Optional.ofNullable(answered),
                Optional.ofNullable(ended),
                Duration.ofSeconds(talk),
                Duration.ofSeconds(20),
                Duration.ofSeconds(60),
                abandoned);
    }

    private static void assertRejected(Runnable timeline, String field) {
        assertThatThrownBy(timeline::run)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void derivesWaitAndHandleTime() {
        ContactTimeline answered = call(ARRIVED.plusSeconds(42), ARRIVED.plusSeconds(400), 300, false);

        assertThat(answered.waitTime()).contains(Duration.ofSeconds(42));
        assertThat(answered.handleTime()).isEqualTo(Duration.ofSeconds(380));
    }

    @Test
    void anAbandonedContactWaitedUntilTheCustomerGaveUp() {
        ContactTimeline abandoned = call(null, ARRIVED.plusSeconds(95), 0, true);

        assertThat(abandoned.waitTime()).contains(Duration.ofSeconds(95));
    }

    @Test
    void aContactStillWaitingHasNoWaitTimeYet() {
        assertThat(call(null, null, 0, false).waitTime()).isEmpty();
    }

    @Test
    void rejectsAContactThatEndsBeforeItArrives() {
        assertRejected(() -> call(null, ARRIVED.minusSeconds(1), 0, false), "endedAt");
    }

    @Test
    void rejectsAnAnswerAfterTheEndOrBeforeTheOffer() {
        assertRejected(() -> call(ARRIVED.plusSeconds(500), ARRIVED.plusSeconds(400), 0, false), "endedAt");
        assertRejected(() -> call(ARRIVED.plusSeconds(2), ARRIVED.plusSeconds(400), 0, false), "answeredAt");
    }

    @Test
    void rejectsNegativeDurations() {
        assertRejected(() -> call(ARRIVED.plusSeconds(10), ARRIVED.plusSeconds(400), -5, false), "talkSeconds");
    }

    @Test
    void anAbandonedContactWasNeverAnsweredAndHasEnded() {
        assertRejected(() -> call(ARRIVED.plusSeconds(10), ARRIVED.plusSeconds(400), 0, true), "abandoned");
        assertRejected(() -> call(null, null, 0, true), "endedAt");
    }

    @Test
    void surveyScoresStayOnTheirScales() {
        assertThat(new SurveyAnswer(Optional.of(5), Optional.of(1)).csat()).contains(5);
        assertRejected(() -> new SurveyAnswer(Optional.of(6), Optional.empty()), "csat");
        assertRejected(() -> new SurveyAnswer(Optional.empty(), Optional.of(8)), "effort");
        assertRejected(() -> new SurveyAnswer(Optional.empty(), Optional.empty()), "csat");
    }
}
