package org.frontline.web.kpi;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A team's loaded hourly cost, in the centre's currency (FRONTLINE_KPI_CURRENCY). */
public record CostRateRequest(@NotNull BigDecimal hourlyCost) {}
