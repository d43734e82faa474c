package org.frontline.web.quality;

import org.frontline.qualityaudit.dispute.Acknowledgement;

/** An agent's acknowledgement of a review. */
public record AcknowledgementResponse(long id, long reviewId, long agentId, String comment, String acknowledgedAt) {

    static AcknowledgementResponse from(Acknowledgement a) {
        return new AcknowledgementResponse(
                a.id(),
                a.reviewId(),
                a.agentId(),
                a.comment().orElse(null),
                a.acknowledgedAt().toString());
    }
}
