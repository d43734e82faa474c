package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;
import org.frontline.qualityaudit.feedback.Period;
import org.frontline.web.platform.RequestParameters;

/** A feedback session held: the agent, the lead, the period gone over (ISO instants), the notes and actions agreed. */
public record FeedbackSessionRequest(
        @NotNull Long agentId, @NotNull Long leadId, String from, String to, String notes, String actions) {

    Period period() {
        return new Period(
                RequestParameters.instant("from", from).orElse(null),
                RequestParameters.instant("to", to).orElse(null));
    }
}
