package org.frontline.web.contact;

import java.time.Duration;
import java.time.Instant;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactDetails;
import org.frontline.core.domain.contact.ContactTimeline;

/** A contact as the API returns it, with its derived wait and handle times in seconds. */
public record ContactResponse(
        long id,
        long version,
        String channel,
        String direction,
        Long customerId,
        Long agentId,
        Long caseId,
        Long teamId,
        Instant arrivedAt,
        Instant offeredAt,
        Instant answeredAt,
        Instant firstResponseAt,
        Instant endedAt,
        Long waitSeconds,
        long talkSeconds,
        long holdSeconds,
        long wrapUpSeconds,
        long handleSeconds,
        boolean abandoned,
        boolean transferred,
        boolean escalated,
        String reasonCode,
        String disposition,
        String notes,
        Integer csat,
        Integer effort,
        String queue) {

    static ContactResponse from(Contact contact) {
        ContactDetails d = contact.details();
        ContactTimeline t = contact.timeline();
        return new ContactResponse(
                contact.id(),
                contact.version(),
                d.channel().name(),
                d.direction().name(),
                d.customerId().orElse(null),
                d.agentId().orElse(null),
                d.caseId().orElse(null),
                d.teamId().orElse(null),
                t.arrivedAt(),
                t.offeredAt().orElse(null),
                t.answeredAt().orElse(null),
                t.firstResponseAt().orElse(null),
                t.endedAt().orElse(null),
                t.waitTime().map(Duration::toSeconds).orElse(null),
                t.talk().toSeconds(),
                t.hold().toSeconds(),
                t.wrapUp().toSeconds(),
                t.handleTime().toSeconds(),
                t.abandoned(),
                d.transferred(),
                d.escalated(),
                d.reasonCode(),
                d.disposition(),
                d.notes(),
                contact.csat().orElse(null),
                contact.effort().orElse(null),
                contact.queue().orElse(null));
    }
}
