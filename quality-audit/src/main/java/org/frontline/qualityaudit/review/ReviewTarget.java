package org.frontline.qualityaudit.review;

import java.util.Optional;

/** What a review scores: one contact, or a whole case (every contact of it, e.g. an email thread). */
public record ReviewTarget(Optional<Long> contactId, Optional<Long> caseId) {

    public ReviewTarget {
        if (contactId.isPresent() == caseId.isPresent()) {
            throw new IllegalArgumentException("a review scores a contact or a case, one of them");
        }
    }

    public static ReviewTarget contact(long id) {
        return new ReviewTarget(Optional.of(id), Optional.empty());
    }

    public static ReviewTarget ofCase(long id) {
        return new ReviewTarget(Optional.empty(), Optional.of(id));
    }

    @Override
    public String toString() {
        return contactId.map(id -> "contact " + id).orElseGet(() -> "case " + caseId.orElseThrow());
    }
}
