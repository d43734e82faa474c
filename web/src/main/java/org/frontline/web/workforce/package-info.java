/**
 * Employee metrics over REST: agents' pulse surveys and their results per team, turnover over a period, competency
 * standards and speed to competency.
 */
package org.frontline.web.workforce;
