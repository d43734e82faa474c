package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.frontline.qualityaudit.dispute.Outcome;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.web.platform.RequestParameters;

/**
 * An arbitrator's decision on a dispute: the dispute's version last read, the arbitrator (agent id), the outcome
 * (UPHELD, PARTLY_ACCEPTED, OVERTURNED), the reason, and for a partly accepted dispute the answers the review gets.
 */
public record DecisionRequest(
        Long version, @NotNull Long arbitratorId, String outcome, String reason, List<@Valid RatingPayload> answers) {

    Outcome outcomeOrNull() {
        return RequestParameters.enumeration("outcome", outcome, Outcome.class).orElse(null);
    }

    List<ReviewRating> ratings() {
        return Optional.ofNullable(answers).orElse(List.of()).stream()
                .map(RatingPayload::toReviewRating)
                .toList();
    }
}
