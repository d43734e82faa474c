package org.frontline.web.quality;

import org.frontline.qualityaudit.feedback.Observation;

/** A team lead's observation of an agent. */
public record ObservationResponse(long id, long agentId, long authorId, String note, String observedAt) {

    static ObservationResponse from(Observation o) {
        return new ObservationResponse(
                o.id(), o.agentId(), o.authorId(), o.note(), o.observedAt().toString());
    }
}
