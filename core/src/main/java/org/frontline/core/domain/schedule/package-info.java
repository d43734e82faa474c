/**
 * Agents' schedules: the shifts each agent is planned to work, and schedule adherence, how much of that time the
 * status log shows them taking contacts.
 */
package org.frontline.core.domain.schedule;
