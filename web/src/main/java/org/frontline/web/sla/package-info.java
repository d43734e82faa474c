/** REST resources for SLA policies and business calendars. */
package org.frontline.web.sla;
