package org.frontline.web.itil;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.frontline.core.domain.cases.Priority;
import org.frontline.web.cases.PriorityInput;
import org.frontline.web.platform.RequestParameters;

/** A problem as a client raises or edits it; priority directly or from impact and urgency, as for cases. */
public record ProblemRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String description,
        String priority,
        String impact,
        String urgency,
        @PositiveOrZero Long version) {

    Priority resolvedPriority() {
        return PriorityInput.resolve(priority, impact, urgency);
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}
