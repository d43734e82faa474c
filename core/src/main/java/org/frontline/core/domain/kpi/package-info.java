/**
 * Contact-centre KPIs for any period, grouping and interval: additive tallies of contacts and agents' status time
 * summed in the database (from daily roll-ups where a day is rolled up and unchanged, from the rows themselves
 * elsewhere), and each KPI's definition and formula over those tallies.
 */
package org.frontline.core.domain.kpi;
