/** The cost model behind cost per contact: each team's loaded hourly staff cost, in the centre's currency. */
package org.frontline.core.domain.kpi.cost;
