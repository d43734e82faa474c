package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Rating;

/**
 * A review form's answers, to score without storing anything, against a stored scorecard ({@code scorecardName},
 * latest version unless {@code scorecardVersion}) or one given inline ({@code scorecard}).
 */
public record ScorePreviewRequest(
        String scorecardName,
        Integer scorecardVersion,
        @Valid ScorecardRequest scorecard,
        @NotNull List<@Valid RatingPayload> answers) {

    Map<CriterionKey, Rating> ratings() {
        Map<CriterionKey, Rating> ratings = new HashMap<>();
        for (RatingPayload answer : answers) {
            if (ratings.put(answer.key(), answer.rating()) != null) {
                throw new InvalidValueException("answers", answer.key() + " is answered twice");
            }
        }
        return ratings;
    }
}
