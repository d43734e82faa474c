/**
 * Quality next to operations: per agent or team, the QA score beside handle time, first-contact resolution,
 * satisfaction and SLA compliance, so a supervisor sees whether quality and speed trade off.
 */
package org.frontline.qualityaudit.operations;
