package org.frontline.core.domain.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Objects;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidValueException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The promise made to customers of one value tier for cases of one priority: how soon the first response, each next
 * response to a customer's reply, and the resolution come, counted in the calendar's working time, and when to warn
 * that a breach is near.
 */
@Audited
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
    @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_tier", nullable = false, length = 20)
    private ValueTier valueTier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Column(name = "first_response_minutes", nullable = false)
    private long firstResponseMinutes;

    @Column(name = "next_response_minutes", nullable = false)
    private long nextResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private long resolutionMinutes;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private BusinessCalendar calendar;

    /** For Jakarta Persistence only. */
    protected SlaPolicy() {}

    public SlaPolicy(ValueTier tier, Priority priority, SlaTargets targets, BusinessCalendar calendar) {
        this.valueTier = Objects.requireNonNull(tier, "tier");
        this.priority = Objects.requireNonNull(priority, "priority");
        assign(targets, calendar);
    }

    /** Changes the targets or the calendar they are counted in. */
    public void retarget(SlaTargets targets, BusinessCalendar calendar) {
        assign(targets, calendar);
    }

    private void assign(SlaTargets targets, BusinessCalendar calendar) {
        Objects.requireNonNull(targets, "targets");
        this.firstResponseMinutes = targets.firstResponse().toMinutes();
        this.nextResponseMinutes = targets.nextResponse().toMinutes();
        this.resolutionMinutes = targets.resolution().toMinutes();
        this.warningPercent = targets.warningPercent();
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public SlaTargets targets() {
        return new SlaTargets(
                Duration.ofMinutes(firstResponseMinutes),
                Duration.ofMinutes(nextResponseMinutes),
                Duration.ofMinutes(resolutionMinutes),
                warningPercent);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ValueTier valueTier() {
        return valueTier;
    }

    public Priority priority() {
        return priority;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The targets of a policy, in whole minutes of working time.
     *
     * @param nextResponse how soon an agent answers a customer's reply once the case had its first response
     * @param warningPercent how much of a target may pass before the SLA shows a warning, 1 to 99
     */
    public record SlaTargets(Duration firstResponse, Duration nextResponse, Duration resolution, int warningPercent) {
        public SlaTargets {
            requirePositive("firstResponse", firstResponse);
            requirePositive("nextResponse", nextResponse);
            requirePositive("resolution", resolution);
            if (resolution.compareTo(firstResponse) < 0) {
                throw new InvalidValueException("resolution", "must not be shorter than the first response target");
            }
            if (warningPercent < 1 || warningPercent > 99) {
                throw new InvalidValueException("warningPercent", "must be between 1 and 99, got " + warningPercent);
            }
        }

        private static void requirePositive(String field, Duration target) {
            Objects.requireNonNull(target, field);
            if (target.toMinutes() < 1) {
                throw new InvalidValueException(field, "must be at least one minute, got " + target);
            }
        }
    }
}
