/** KPI reports over REST (JSON and CSV), the KPI settings from configuration, and the roll-up job. */
package org.frontline.web.kpi;
