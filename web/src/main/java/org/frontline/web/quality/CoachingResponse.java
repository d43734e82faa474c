package org.frontline.web.quality;

import org.frontline.qualityaudit.coaching.CoachingTask;

/**
 * A coaching task: the agent and team, the criterion and why (CRITICAL_FAILED or LOW_SCORE), the evidence (review,
 * contact, score as a share of the scale, the reviewer's comment), and once done the coach and their note.
 */
public record CoachingResponse(
        long id,
        long version,
        long agentId,
        long teamId,
        long reviewId,
        Long contactId,
        Long caseId,
        String section,
        String criterion,
        String reason,
        double scoreShare,
        String evidence,
        String state,
        String openedAt,
        Long coachId,
        String note,
        String closedAt) {

    static CoachingResponse from(CoachingTask t) {
        return new CoachingResponse(
                t.id(),
                t.version(),
                t.agentId(),
                t.teamId(),
                t.reviewId(),
                t.target().contactId().orElse(null),
                t.target().caseId().orElse(null),
                t.section(),
                t.criterion(),
                t.reason().name(),
                t.share(),
                t.evidence().orElse(null),
                t.state().name(),
                t.openedAt().toString(),
                t.coachId().orElse(null),
                t.note().orElse(null),
                t.closedAt().map(Object::toString).orElse(null));
    }
}
