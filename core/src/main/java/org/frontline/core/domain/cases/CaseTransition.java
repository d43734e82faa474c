package org.frontline.core.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.frontline.core.domain.shared.SupportTier;

/**
 * One entry of a case's history: what happened, the status and tier before and after, and why. SLA pauses,
 * escalation and reopen rates are all read from this log.
 */
@Entity
@Table(name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_transition_seq")
    @SequenceGenerator(name = "case_transition_seq", sequenceName = "case_transition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 10)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 10)
    private CaseStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier", length = 2)
    private SupportTier fromTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier", nullable = false, length = 2)
    private SupportTier toTier;

    @Column(length = 2000)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** For Jakarta Persistence only. */
    protected CaseTransition() {}

    CaseTransition(
            Long caseId,
            CaseAction action,
            CaseStatus fromStatus,
            CaseStatus toStatus,
            SupportTier fromTier,
            SupportTier toTier,
            String reason,
            Instant occurredAt) {
        this.caseId = Objects.requireNonNull(caseId, "a case must be saved before it changes");
        this.action = Objects.requireNonNull(action, "action");
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.fromTier = fromTier;
        this.toTier = Objects.requireNonNull(toTier, "toTier");
        this.reason = reason;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public long caseId() {
        return caseId;
    }

    public CaseAction action() {
        return action;
    }

    public CaseStatus fromStatus() {
        return fromStatus;
    }

    public CaseStatus toStatus() {
        return toStatus;
    }

    public SupportTier fromTier() {
        return fromTier;
    }

    public SupportTier toTier() {
        return toTier;
    }

    public String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
