/** Staffing an interval: Erlang B, C and A queue models and the smallest staff that meets a service target. */
package org.frontline.routing.staffing;
