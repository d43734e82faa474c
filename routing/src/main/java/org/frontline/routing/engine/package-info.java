/** The routing engine: which agent gets a contact and which contact an agent gets, indexed, explained and widened. */
package org.frontline.routing.engine;
