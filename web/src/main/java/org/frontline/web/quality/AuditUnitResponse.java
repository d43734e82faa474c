package org.frontline.web.quality;

import org.frontline.qualityaudit.audit.AuditUnit;
import org.frontline.qualityaudit.audit.UnitReview;
import org.frontline.qualityaudit.review.Review;

/**
 * A sampled contact on an analyst's worklist: who handled it, its stratum and inclusion probability, the analyst it
 * is assigned to, and its review (state PENDING until started, then DRAFT or SUBMITTED, with score once submitted).
 */
public record AuditUnitResponse(
        long contactId,
        long agentId,
        Long teamId,
        String stratum,
        double inclusionProbability,
        long analystId,
        String reviewState,
        Long reviewId,
        Double totalScore,
        Boolean passed) {

    static AuditUnitResponse from(UnitReview item) {
        AuditUnit unit = item.unit();
        Review review = item.review().orElse(null);
        return new AuditUnitResponse(
                unit.contactId(),
                unit.agentId(),
                unit.teamId().orElse(null),
                unit.stratum(),
                unit.inclusionProbability(),
                unit.analystId(),
                review == null ? "PENDING" : review.state().name(),
                review == null ? null : review.id(),
                item.reviewed() ? review.total().orElse(null) : null,
                item.reviewed() ? review.passed() : null);
    }
}
