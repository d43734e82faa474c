package org.frontline.web.agent;

import java.time.Instant;
import org.frontline.core.domain.schedule.Adherence;

/**
 * Schedule adherence over a period, in seconds: scheduled, spent taking contacts within shifts (adhering), their share,
 * and time taking contacts outside shifts.
 */
public record AdherenceResponse(
        long agentId,
        Instant from,
        Instant to,
        long scheduledSeconds,
        long adheringSeconds,
        Double adherence,
        long outsideShiftsSeconds) {

    public static AdherenceResponse from(long agentId, Instant from, Instant to, Adherence a) {
        return new AdherenceResponse(
                agentId,
                from,
                to,
                a.scheduled().toSeconds(),
                a.adhering().toSeconds(),
                a.share().orElse(null),
                a.outsideShifts().toSeconds());
    }
}
