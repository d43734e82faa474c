package org.frontline.core.domain.cases;

import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/** What the person raising or editing a case says about it. */
public record CaseDetails(String subject, String description, CaseType type, Priority priority) {
    public static final int MAX_SUBJECT = 300;

    public CaseDetails {
        Objects.requireNonNull(subject, "subject");
        subject = subject.strip();
        if (subject.isEmpty()) {
            throw new InvalidValueException("subject", "must not be blank");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new InvalidValueException("subject", "must be at most " + MAX_SUBJECT + " characters");
        }
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(priority, "priority");
    }
}
