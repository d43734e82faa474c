package org.frontline.core.domain.kpi.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.shared.InvalidValueException;

/** A team's target for one KPI (or the whole centre's, without a team): at least or at most a value. */
@Entity
@Table(name = "kpi_target")
public class KpiTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_target_seq")
    @SequenceGenerator(name = "kpi_target_seq", sequenceName = "kpi_target_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id")
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kpi kpi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Comparison comparison;

    @Column(name = "target_value", nullable = false)
    private double value;

    /** For Jakarta Persistence only. */
    protected KpiTarget() {}

    public KpiTarget(Optional<Long> teamId, Kpi kpi, Comparison comparison, double value) {
        this.teamId = teamId.orElse(null);
        this.kpi = Objects.requireNonNull(kpi, "kpi");
        revise(comparison, value);
    }

    /** Sets which side of what value the KPI should be on; percentages lie between 0 and 100. */
    public void revise(Comparison newComparison, double newValue) {
        Objects.requireNonNull(newComparison, "comparison");
        if (!Double.isFinite(newValue) || newValue < 0) {
            throw new InvalidValueException("value", "must be a number of 0 or more, got " + newValue);
        }
        if (kpi.unit().equals("%") && newValue > 100) {
            throw new InvalidValueException("value", kpi.key() + " is a percentage: at most 100, got " + newValue);
        }
        this.comparison = newComparison;
        this.value = newValue;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    public Kpi kpi() {
        return kpi;
    }

    public Comparison comparison() {
        return comparison;
    }

    public double value() {
        return value;
    }
}
