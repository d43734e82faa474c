package org.frontline.core.domain.kpi.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * What an hour of a team's agents costs, loaded (salary, benefits, overheads): staff cost is their logged-in hours at
 * this rate, and reports apply the rate in force when they are read.
 */
@Entity
@Table(name = "kpi_cost_rate")
public class TeamCostRate {
    /** Rates keep at most four decimals (the column's scale). */
    static final int SCALE = 4;

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version
    private long version;

    @Column(name = "hourly_cost", nullable = false, precision = 19, scale = SCALE)
    private BigDecimal hourlyCost;

    /** For Jakarta Persistence only. */
    protected TeamCostRate() {}

    public TeamCostRate(long teamId, BigDecimal hourlyCost) {
        this.teamId = teamId;
        change(hourlyCost);
    }

    public void change(BigDecimal newHourlyCost) {
        if (newHourlyCost == null || newHourlyCost.signum() < 0) {
            throw new InvalidValueException("hourlyCost", "must be given and not negative");
        }
        if (newHourlyCost.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException("hourlyCost", "has more than " + SCALE + " decimals: " + newHourlyCost);
        }
        if (newHourlyCost.compareTo(new BigDecimal("1000000")) >= 0) {
            throw new InvalidValueException("hourlyCost", "must be under 1,000,000 an hour, got " + newHourlyCost);
        }
        this.hourlyCost = newHourlyCost;
    }

    public long teamId() {
        return teamId;
    }

    public long version() {
        return version;
    }

    public BigDecimal hourlyCost() {
        return hourlyCost;
    }
}
