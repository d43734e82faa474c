package org.frontline.core.demo;

import java.time.Instant;
import org.frontline.core.domain.contact.Direction;
import org.frontline.core.domain.shared.Channel;

/**
 * One generated contact, as a row for bulk insertion; references are ids, null when absent (an abandoned contact has
 * no agent). Durations are whole seconds.
 */
public record ContactRow(
        Channel channel,
        Direction direction,
        Long customerId,
        Long agentId,
        Long teamId,
        Long caseId,
        Instant arrivedAt,
        Instant answeredAt,
        Instant endedAt,
        long waitSeconds,
        long talkSeconds,
        long holdSeconds,
        long wrapUpSeconds,
        boolean abandoned,
        boolean transferred,
        boolean escalated,
        String reasonCode,
        String disposition,
        Integer csat,
        Integer effort) {

    /** The same contact, made about that case. */
    public ContactRow withCase(long id) {
        return new ContactRow(
                channel,
                direction,
                customerId,
                agentId,
                teamId,
                id,
                arrivedAt,
                answeredAt,
                endedAt,
                waitSeconds,
                talkSeconds,
                holdSeconds,
                wrapUpSeconds,
                abandoned,
                transferred,
                escalated,
                reasonCode,
                disposition,
                csat,
                effort);
    }
}
