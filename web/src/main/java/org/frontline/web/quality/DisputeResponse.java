package org.frontline.web.quality;

import java.util.List;
import org.frontline.qualityaudit.dispute.Dispute;

/**
 * A dispute: the review disputed, by whom, what they said and proposed; once decided, the arbitrator, outcome and
 * reason, and the revision of the review it led to (if the review changed).
 */
public record DisputeResponse(
        long id,
        long version,
        long reviewId,
        Long contactId,
        Long caseId,
        long agentId,
        long reviewerId,
        String state,
        String comment,
        List<RatingPayload> proposed,
        String raisedAt,
        Long arbitratorId,
        String outcome,
        String reason,
        String decidedAt,
        Long resultingReviewId) {

    static DisputeResponse from(Dispute d) {
        return new DisputeResponse(
                d.id(),
                d.version(),
                d.reviewId(),
                d.target().contactId().orElse(null),
                d.target().caseId().orElse(null),
                d.agentId(),
                d.reviewerId(),
                d.state().name(),
                d.comment(),
                d.proposed().stream().map(RatingPayload::from).toList(),
                d.raisedAt().toString(),
                d.arbitratorId().orElse(null),
                d.outcome().map(Enum::name).orElse(null),
                d.outcomeReason().orElse(null),
                d.decidedAt().map(Object::toString).orElse(null),
                d.resultingReviewId().orElse(null));
    }
}
