/**
 * Employee metrics (seed 001): agents' pulse surveys (employee satisfaction per team), and turnover: who joined and
 * who left over a period, per team.
 */
package org.frontline.core.domain.workforce;
