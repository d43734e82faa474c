package org.frontline.web.sla;

import java.time.Instant;
import org.frontline.core.domain.sla.SlaEvent;

/** An SLA warning or breach as the API returns it. */
public record SlaEventResponse(
        long id,
        long caseId,
        String target,
        String kind,
        Instant clockStartedAt,
        Instant occurredAt,
        Instant recordedAt) {

    static SlaEventResponse from(SlaEvent event) {
        return new SlaEventResponse(
                event.id(),
                event.caseId(),
                event.target().name(),
                event.kind().name(),
                event.clockStartedAt(),
                event.occurredAt(),
                event.recordedAt());
    }
}
