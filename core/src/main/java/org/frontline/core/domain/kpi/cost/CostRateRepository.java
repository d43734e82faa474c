package org.frontline.core.domain.kpi.cost;

import java.util.List;
import java.util.Optional;

/** Where teams' hourly cost rates are kept. */
public interface CostRateRepository {
    Optional<TeamCostRate> findById(long teamId);

    TeamCostRate add(TeamCostRate rate);

    void remove(TeamCostRate rate);

    /** Every rate, by team. */
    List<TeamCostRate> all();

    void flush();
}
