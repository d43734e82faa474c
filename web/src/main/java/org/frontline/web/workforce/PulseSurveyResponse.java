package org.frontline.web.workforce;

import java.time.Instant;
import java.time.LocalDate;
import org.frontline.core.domain.workforce.PulseSurvey;

/** A pulse survey as the API returns it. */
public record PulseSurveyResponse(long id, String question, LocalDate opensOn, LocalDate closesOn, Instant createdAt) {

    static PulseSurveyResponse from(PulseSurvey survey) {
        return new PulseSurveyResponse(
                survey.id(), survey.question(), survey.opensOn(), survey.closesOn(), survey.createdAt());
    }
}
