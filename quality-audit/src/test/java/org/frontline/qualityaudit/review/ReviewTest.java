package org.frontline.qualityaudit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Criticality;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.Scale;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;
import org.junit.jupiter.api.Test;

/** A review's life: a draft takes ratings, submitting scores and locks it, a revision replaces it with a reason. */
class ReviewTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Scorecard CHAT = new Scorecard(
            "Chat",
            1,
            75,
            List.of(new Section(
                    "Handling",
                    100,
                    List.of(
                            new Criterion("Greeting", 50, Scale.YES_NO, Criticality.NONE, false),
                            new Criterion("Resolution", 50, Scale.ONE_TO_FIVE, Criticality.NONE, false)))));

    private static ReviewRating rating(String criterion, int value) {
        return new ReviewRating(new CriterionKey("Handling", criterion), Rating.of(value), "noted");
    }

    @Test
    void aSubmittedReviewIsScoredAndLocked() {
        Review review = new Review(ReviewTarget.contact(7), 1, 3, Optional.empty(), NINE);
        review.rate(CHAT, List.of(rating("Greeting", 1)));
        assertThatThrownBy(() -> review.submit(CHAT, NINE)).hasMessageContaining("Handling / Resolution is not rated");

        review.rate(CHAT, List.of(rating("Greeting", 1), rating("Resolution", 3)));
        review.submit(CHAT, NINE.plusSeconds(60));

        // Greeting 50×1 + Resolution 50×(3−1)/4 = 50 + 25 = 75 of 100 → 75 ≥ 75: passed.
        assertThat(review.total()).contains(75.0);
        assertThat(review.passed()).isTrue();
        assertThat(review.revision()).isEqualTo(1);
        assertThatThrownBy(() -> review.rate(CHAT, List.of(rating("Greeting", 0))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("a submitted review is locked");
    }

    @Test
    void aRevisionIsANewReviewWithTheReasonAndTheNextNumber() {
        Review review = new Review(ReviewTarget.contact(7), 1, 3, Optional.empty(), NINE);
        review.rate(CHAT, List.of(rating("Greeting", 1), rating("Resolution", 3)));
        review.submit(CHAT, NINE);

        Review next = review.revised(
                CHAT, List.of(rating("Greeting", 1), rating("Resolution", 5)), "heard the whole call", NINE);

        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.total()).contains(100.0);
        assertThat(next.revisionReason()).contains("heard the whole call");
        assertThat(review.total()).as("the first revision stays as it was").contains(75.0);
        assertThatThrownBy(() -> review.revised(CHAT, List.of(), " ", NINE)).hasMessageContaining("say why");
    }

    @Test
    void refusesRatingsOffTheScaleEvenInADraft() {
        Review review = new Review(ReviewTarget.contact(7), 1, 3, Optional.empty(), NINE);

        assertThatThrownBy(() -> review.rate(CHAT, List.of(rating("Resolution", 9))))
                .hasMessageContaining("rated 1 to 5");
    }
}
