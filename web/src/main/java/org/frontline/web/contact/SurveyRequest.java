package org.frontline.web.contact;

import java.util.Optional;
import org.frontline.core.domain.contact.SurveyAnswer;

/** A customer's survey answers: CSAT 1–5 and/or customer effort 1–7. */
public record SurveyRequest(Integer csat, Integer effort) {

    SurveyAnswer toAnswer() {
        return new SurveyAnswer(Optional.ofNullable(csat), Optional.ofNullable(effort));
    }
}
