package org.frontline.core.domain.sla;

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

/**
 * A case's SLA target crossed its warning point or breached. Each crossing is recorded once, whichever server noticed
 * it; escalation rules and SLA-compliance figures read these.
 */
@Entity
@Table(name = "sla_event")
public class SlaEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_event_seq")
    @SequenceGenerator(name = "sla_event_seq", sequenceName = "sla_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private SlaTarget target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 7)
    private SlaEventKind kind;

    @Column(name = "clock_started_at", nullable = false)
    private Instant clockStartedAt;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** For Jakarta Persistence only. */
    protected SlaEvent() {}

    public SlaEvent(Crossing crossing, Instant occurredAt, Instant recordedAt) {
        Objects.requireNonNull(crossing, "crossing");
        this.caseId = crossing.caseId();
        this.target = crossing.target();
        this.kind = crossing.kind();
        this.clockStartedAt = crossing.clockStartedAt();
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** What makes an event unique: one warning and one breach per target and start of its clock. */
    public record Crossing(long caseId, SlaTarget target, SlaEventKind kind, Instant clockStartedAt) {}

    public Crossing crossing() {
        return new Crossing(caseId, target, kind, clockStartedAt);
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public SlaTarget target() {
        return target;
    }

    public SlaEventKind kind() {
        return kind;
    }

    /** When the clock of this target started: the case was raised, or the customer replied. */
    public Instant clockStartedAt() {
        return clockStartedAt;
    }

    /** When the target crossed its warning point or ran out of time. */
    public Instant occurredAt() {
        return occurredAt;
    }

    /** When a watcher noticed and recorded it. */
    public Instant recordedAt() {
        return recordedAt;
    }
}
