/**
 * Simulation jobs over REST: a day of the centre described by demand, staff and queue rules (the stored ones unless
 * replaced), run in the background with progress, optionally beside a what-if variant.
 */
package org.frontline.web.simulation;
