/** Interval staffing plans: a week forecast from history, the staff each half-hour needs, and the staff it had. */
package org.frontline.routing.planning;
