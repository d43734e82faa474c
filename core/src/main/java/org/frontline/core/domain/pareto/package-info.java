/**
 * The 80/20 analysis of seed 004: customers ranked by revenue and by contact volume, the Pareto curve of each, the two
 * "circles" (the few who bring most revenue, the few who bring most contacts) and who sits in both, and the value tier
 * each customer's share of revenue suggests.
 */
package org.frontline.core.domain.pareto;
