package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.review.ReviewTarget;

/**
 * A QA analyst starts reviewing a contact, or a whole case (contactId or caseId, one of them), against a scorecard
 * (its latest version unless one is named).
 */
public record ReviewRequest(
        Long contactId,
        Long caseId,
        @NotNull Long reviewerId,
        @NotNull String scorecardName,
        Integer scorecardVersion) {

    ReviewTarget target() {
        return target(contactId, caseId);
    }

    /** The contact or the case named, one of them. */
    static ReviewTarget target(Long contactId, Long caseId) {
        if ((contactId == null) == (caseId == null)) {
            throw new InvalidValueException("contactId", "name the contact or the case to review (one of them)");
        }
        return contactId != null ? ReviewTarget.contact(contactId) : ReviewTarget.ofCase(caseId);
    }
}
