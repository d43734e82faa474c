package org.frontline.qualityaudit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.frontline.core.domain.contact.ContactDetails;

/** One value an audit's population is restricted to: a channel, a team, an agent, a queue or a disposition. */
@Embeddable
public class AuditFilter {

    /** What the value restricts. */
    public enum Kind {
        CHANNEL,
        TEAM,
        AGENT,
        QUEUE,
        DISPOSITION
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "filter_value", nullable = false, length = ContactDetails.MAX_CODE)
    private String value;

    /** For Jakarta Persistence only. */
    protected AuditFilter() {}

    AuditFilter(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    Kind kind() {
        return kind;
    }

    String value() {
        return value;
    }
}
