/** KPI targets, per team or for the whole centre, and where each team stands against them and which way it moves. */
package org.frontline.core.domain.kpi.targets;
