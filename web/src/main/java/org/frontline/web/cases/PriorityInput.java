package org.frontline.web.cases;

import java.util.Optional;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.web.platform.RequestParameters;

/** Reads a priority given directly (P1–P4) or as ITIL impact and urgency (HIGH/MEDIUM/LOW); P3 when neither. */
public final class PriorityInput {
    private PriorityInput() {}

    public static Priority resolve(String priority, String impact, String urgency) {
        Optional<Priority> given = RequestParameters.enumeration("priority", priority, Priority.class);
        if (given.isPresent()) {
            return given.get();
        }
        Optional<Priority.Level> impactLevel = RequestParameters.enumeration("impact", impact, Priority.Level.class);
        Optional<Priority.Level> urgencyLevel = RequestParameters.enumeration("urgency", urgency, Priority.Level.class);
        if (impactLevel.isPresent() != urgencyLevel.isPresent()) {
            throw new InvalidValueException(
                    impactLevel.isPresent() ? "urgency" : "impact", "give impact and urgency together");
        }
        return impactLevel
                .map(i -> Priority.fromImpactAndUrgency(i, urgencyLevel.orElseThrow()))
                .orElse(Priority.P3);
    }
}
