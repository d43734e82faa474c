package org.frontline.qualityaudit.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/** Which criteria of a review call for coaching. */
class CoachingRulesTest {
    private static final Scorecard CARD = new Scorecard(
            "Calls",
            1,
            70,
            List.of(new Section(
                    "Call",
                    100,
                    List.of(
                            new Criterion("Verified identity", 40, Scale.YES_NO, Criticality.REVIEW, false),
                            new Criterion("Empathy", 30, Scale.ONE_TO_FIVE, Criticality.NONE, false),
                            new Criterion("Accuracy", 30, Scale.ZERO_TO_TEN, Criticality.NONE, false),
                            new Criterion("Extra mile", 10, Scale.YES_NO, Criticality.NONE, true)))));

    private static ReviewRating rating(String criterion, Rating value, String comment) {
        return new ReviewRating(new CriterionKey("Call", criterion), value, comment);
    }

    private static Review submitted(List<ReviewRating> ratings) {
        Review review =
                new Review(ReviewTarget.contact(1), 1, 2, Optional.empty(), Instant.parse("2026-12-01T09:00:00Z"));
        review.rate(CARD, ratings);
        review.submit(CARD, Instant.parse("2026-12-01T09:10:00Z"));
        return review;
    }

    @Test
    void aFailedCriticalItemAndCriteriaBelowHalfTheirScaleCallForCoaching() {
        Review review = submitted(List.of(
                rating("Verified identity", Rating.of(0), "skipped the ID check"),
                rating("Empathy", Rating.of(2), null), // (2 − 1) / 4 = 0.25
                rating("Accuracy", Rating.of(5), null), // 5 / 10 = 0.5: not below half
                rating("Extra mile", Rating.of(0), null))); // bonus: never

        List<CoachingFinding> findings = CoachingRules.findings(CARD, review);

        assertThat(findings)
                .extracting(f -> f.criterion().criterion(), CoachingFinding::reason, CoachingFinding::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Verified identity", CoachingReason.CRITICAL_FAILED, 0.0),
                        org.assertj.core.groups.Tuple.tuple("Empathy", CoachingReason.LOW_SCORE, 0.25));
        assertThat(findings.getFirst().comment()).contains("skipped the ID check");
    }

    @Test
    void notApplicableAndGoodScoresCallForNothing() {
        Review review = submitted(List.of(
                rating("Verified identity", Rating.of(1), null),
                rating("Empathy", Rating.notApplicable(), null),
                rating("Accuracy", Rating.of(9), null),
                rating("Extra mile", Rating.of(1), null)));

        assertThat(CoachingRules.findings(CARD, review)).isEmpty();
    }
}
