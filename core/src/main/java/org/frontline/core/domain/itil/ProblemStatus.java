package org.frontline.core.domain.itil;

/** Where a problem is: investigated, understood with a workaround (a known error), fixed, or closed. */
public enum ProblemStatus {
    OPEN,
    KNOWN_ERROR,
    RESOLVED,
    CLOSED
}
