package org.frontline.core.domain.kpi.cost;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.team.TeamService;

/** Sets and reads teams' loaded hourly costs, all in the centre's one currency. */
public class CostRateService {
    private static final String KIND = "cost rate of team";

    private final CostRateRepository rates;
    private final TeamService teams;
    private final Currency currency;

    public CostRateService(CostRateRepository rates, TeamService teams, Currency currency) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** The currency every rate, and so every staff cost, is in. */
    public Currency currency() {
        return currency;
    }

    /** Sets the team's hourly cost, replacing the one it had. */
    public TeamCostRate set(long teamId, BigDecimal hourlyCost) {
        teams.get(teamId);
        TeamCostRate rate = rates.findById(teamId)
                .map(existing -> {
                    existing.change(hourlyCost);
                    return existing;
                })
                .orElseGet(() -> rates.add(new TeamCostRate(teamId, hourlyCost)));
        rates.flush();
        return rate;
    }

    public TeamCostRate get(long teamId) {
        return rates.findById(teamId).orElseThrow(() -> new NotFoundException(KIND, teamId));
    }

    public List<TeamCostRate> list() {
        return rates.all();
    }

    /** Drops the team's rate: its hours cost nothing in reports from then on. */
    public void remove(long teamId) {
        rates.remove(get(teamId));
    }
}
