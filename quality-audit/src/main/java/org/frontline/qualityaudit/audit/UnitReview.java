package org.frontline.qualityaudit.audit;

import java.util.Optional;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewState;

/**
 * A sampled contact and its review for the audit, if started: the assigned analyst's current review against the
 * audit's scorecard version. It counts as reviewed once that review is submitted.
 */
public record UnitReview(AuditUnit unit, Optional<Review> review) {

    public boolean reviewed() {
        return review.filter(r -> r.state() == ReviewState.SUBMITTED).isPresent();
    }
}
