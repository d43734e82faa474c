package org.frontline.core.domain.contact;

import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * What a surveyed customer said: satisfaction (CSAT) from 1 to 5 and customer effort from 1 (very easy) to 7 (very
 * hard); either may be unanswered.
 */
public record SurveyAnswer(Optional<Integer> csat, Optional<Integer> effort) {

    public SurveyAnswer {
        csat.ifPresent(score -> requireBetween("csat", score, 1, 5));
        effort.ifPresent(score -> requireBetween("effort", score, 1, 7));
        if (csat.isEmpty() && effort.isEmpty()) {
            throw new InvalidValueException("csat", "give a CSAT score, an effort score, or both");
        }
    }

    private static void requireBetween(String field, int score, int min, int max) {
        if (score < min || score > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + ", got " + score);
        }
    }
}
