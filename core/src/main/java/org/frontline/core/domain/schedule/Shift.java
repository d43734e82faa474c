package org.frontline.core.domain.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A stretch an agent is scheduled to take contacts: [startsAt, endsAt), at most a day long. A cancelled shift stays
 * on record with the time it was cancelled.
 */
@Entity
@Table(name = "agent_shift")
public class Shift {
    /** The longest shift. */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_shift_seq")
    @SequenceGenerator(name = "agent_shift_seq", sequenceName = "agent_shift_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** Added or cancelled since its days' KPIs were last rolled up; the roll-up clears it. */
    @Column(name = "kpi_pending", nullable = false)
    private boolean kpiPending = true;

    /** For Jakarta Persistence only. */
    protected Shift() {}

    public Shift(long agentId, Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null || !startsAt.isBefore(endsAt)) {
            throw new InvalidValueException("endsAt", "a shift ends (endsAt) after it starts (startsAt)");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidValueException("endsAt", "a shift lasts at most " + MAX_LENGTH.toHours() + " hours");
        }
        this.agentId = agentId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void cancel(Instant now) {
        this.cancelledAt = now;
        this.kpiPending = true;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Long id() {
        return id;
    }

    public long agentId() {
        return agentId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
