package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Rating;

/**
 * One answer on a review form: the criterion (by section and name), its value or {@code na: true}, and the
 * reviewer's comment.
 */
public record RatingPayload(
        @NotNull String section,
        @NotNull String criterion,
        Integer value,
        Boolean na,
        @Size(max = ReviewRating.MAX_COMMENT) String comment) {

    CriterionKey key() {
        return new CriterionKey(section.strip(), criterion.strip());
    }

    Rating rating() {
        boolean notApplicable = Boolean.TRUE.equals(na);
        if (notApplicable == (value != null)) {
            throw new InvalidValueException("answers", key() + ": give a value or na: true, not both or neither");
        }
        return notApplicable ? Rating.notApplicable() : Rating.of(value);
    }

    ReviewRating toReviewRating() {
        return new ReviewRating(key(), rating(), comment);
    }

    static RatingPayload from(ReviewRating r) {
        return new RatingPayload(
                r.key().section(),
                r.key().criterion(),
                r.rating() instanceof Rating.Value(int v) ? v : null,
                r.rating() instanceof Rating.NotApplicable ? Boolean.TRUE : null,
                r.comment());
    }
}
