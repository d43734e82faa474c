package org.frontline.qualityaudit.dispute;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.review.ReviewTarget;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Criticality;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.Scale;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;
import org.junit.jupiter.api.Test;

/** An agent answers a review within the window after its submission, and not a moment later. */
class AnswerWindowTest {
    private static final Instant SUBMITTED = Instant.parse("2026-11-02T10:00:00Z");

    private static Review submitted() {
        Scorecard card = new Scorecard(
                "Calls",
                1,
                80,
                List.of(new Section(
                        "Call", 100, List.of(new Criterion("Greeting", 100, Scale.YES_NO, Criticality.NONE, false)))));
        Review review = new Review(ReviewTarget.contact(7), 1, 3, Optional.empty(), SUBMITTED.minusSeconds(600));
        review.rate(card, List.of(new ReviewRating(new CriterionKey("Call", "Greeting"), Rating.of(1), null)));
        review.submit(card, SUBMITTED);
        return review;
    }

    @Test
    void isOpenUntilTheWindowEnds() {
        AnswerWindow week = new AnswerWindow(Duration.ofDays(7));

        assertThatCode(() -> week.requireOpen(submitted(), SUBMITTED.plus(Duration.ofDays(7))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesOnceClosedAndSaysWhen() {
        AnswerWindow week = new AnswerWindow(Duration.ofDays(7));

        assertThatThrownBy(() -> week.requireOpen(
                        submitted(), SUBMITTED.plus(Duration.ofDays(7)).plusSeconds(1)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("the 7-day window to answer it closed at 2026-11-09T10:00:00Z");
    }
}
