package org.frontline.web.kpi;

import java.math.BigDecimal;
import org.frontline.core.domain.kpi.cost.TeamCostRate;

/** A team's loaded hourly cost and the currency it is in. */
public record CostRateResponse(long teamId, BigDecimal hourlyCost, String currency, long version) {

    static CostRateResponse from(TeamCostRate rate, String currency) {
        return new CostRateResponse(rate.teamId(), rate.hourlyCost(), currency, rate.version());
    }
}
