package org.frontline.web.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.frontline.core.domain.cases.CaseDetails;
import org.frontline.core.domain.cases.CaseType;
import org.frontline.web.platform.RequestParameters;

/**
 * A case as a client raises or edits it. Give {@code priority} (P1–P4), or {@code impact} and {@code urgency}
 * (HIGH/MEDIUM/LOW) to have ITIL's matrix set it; without either it is P3. Type defaults to QUESTION.
 */
public record CaseRequest(
        @NotNull Long customerId,
        @NotBlank @Size(max = CaseDetails.MAX_SUBJECT) String subject,
        @Size(max = 20000) String description,
        String type,
        String priority,
        String impact,
        String urgency,
        @PositiveOrZero Long version) {

    CaseDetails toDetails() {
        return new CaseDetails(
                subject,
                description,
                RequestParameters.enumeration("type", type, CaseType.class).orElse(CaseType.QUESTION),
                PriorityInput.resolve(priority, impact, urgency));
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}
