/** Turns every failure into one RFC 9457 {@code application/problem+json} shape a person can act on. */
package org.frontline.web.error;
