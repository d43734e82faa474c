/**
 * Contact-centre KPIs for any period, grouping and interval: additive tallies of contacts and of agents' time (status
 * log, shifts, staff cost) summed in the database (from daily roll-ups where a day is rolled up and unchanged, from
 * the rows themselves elsewhere), and each KPI's definition and formula over those tallies. Targets are in {@code
 * kpi.targets}, the cost model in {@code kpi.cost}.
 */
package org.frontline.core.domain.kpi;
