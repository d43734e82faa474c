/** The customer aggregate: who contacts the centre, in which language, and what they are worth. */
package org.frontline.core.domain.customer;
