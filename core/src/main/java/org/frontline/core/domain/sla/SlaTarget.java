package org.frontline.core.domain.sla;

/** The promises an SLA policy makes about a case. */
public enum SlaTarget {
    /** The first answer after the case is raised. */
    FIRST_RESPONSE,
    /** The answer to a customer's reply, once the case had its first response. */
    NEXT_RESPONSE,
    /** The resolution. */
    RESOLUTION
}
