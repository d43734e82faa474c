/** Service-level agreements: targets per customer tier and priority, business calendars, and the SLA clock. */
package org.frontline.core.domain.sla;
