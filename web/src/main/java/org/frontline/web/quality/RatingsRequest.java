package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.frontline.qualityaudit.review.ReviewRating;

/**
 * A review form's answers with the version of the review last read; when revising a submitted review, the reason
 * too.
 */
public record RatingsRequest(Long version, @NotNull List<@Valid RatingPayload> answers, String reason) {

    List<ReviewRating> ratings() {
        return answers.stream().map(RatingPayload::toReviewRating).toList();
    }
}
