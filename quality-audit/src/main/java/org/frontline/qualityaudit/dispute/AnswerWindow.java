package org.frontline.qualityaudit.dispute;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.qualityaudit.review.Review;

/** How long after a review is submitted its agent may acknowledge or dispute it. */
public record AnswerWindow(Duration length) {

    public AnswerWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("the window cannot be negative, got " + length);
        }
    }

    /** Refuses, naming the rule, when the window of this submitted review has closed by {@code now}. */
    public void requireOpen(Review review, Instant now) {
        Instant closes = review.submittedAt().orElseThrow().plus(length);
        if (now.isAfter(closes)) {
            throw new InvalidTransitionException(
                    "review",
                    review.id(),
                    review.state(),
                    "dispute or acknowledge",
                    "the " + length.toDays() + "-day window to answer it closed at " + closes);
        }
    }
}
