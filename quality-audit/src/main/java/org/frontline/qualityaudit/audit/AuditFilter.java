package org.frontline.qualityaudit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One value an audit's population is restricted to: a channel, a team, an agent or a disposition. */
@Embeddable
public class AuditFilter {

    /** What the value restricts. */
    public enum Kind {
        CHANNEL,
        TEAM,
        AGENT,
        DISPOSITION
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "filter_value", nullable = false, length = 50)
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
