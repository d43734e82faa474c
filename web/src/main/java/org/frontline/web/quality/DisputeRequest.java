package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.frontline.qualityaudit.review.ReviewRating;

/**
 * The reviewed agent disputing a review of their contact: the review, who they are (agent id until logins exist),
 * what is wrong, and optionally the answers they think right (all of the form, as on a review).
 */
public record DisputeRequest(
        @NotNull Long reviewId, @NotNull Long agentId, String comment, List<@Valid RatingPayload> answers) {

    List<ReviewRating> proposed() {
        return Optional.ofNullable(answers).orElse(List.of()).stream()
                .map(RatingPayload::toReviewRating)
                .toList();
    }
}
