package org.frontline.web.agent;

import java.time.Instant;
import org.frontline.core.domain.schedule.Shift;

/** A scheduled shift. */
public record ShiftResponse(long id, long agentId, Instant startsAt, Instant endsAt) {

    static ShiftResponse from(Shift s) {
        return new ShiftResponse(s.id(), s.agentId(), s.startsAt(), s.endsAt());
    }
}
