package org.frontline.web.quality;

import org.frontline.qualityaudit.feedback.FeedbackSession;

/** A feedback session as recorded. */
public record FeedbackSessionResponse(
        long id, long agentId, long leadId, String from, String to, String notes, String actions, String heldAt) {

    static FeedbackSessionResponse from(FeedbackSession f) {
        return new FeedbackSessionResponse(
                f.id(),
                f.agentId(),
                f.leadId(),
                f.period().from().toString(),
                f.period().to().toString(),
                f.notes(),
                f.actions().orElse(null),
                f.heldAt().toString());
    }
}
