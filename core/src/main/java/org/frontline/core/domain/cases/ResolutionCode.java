package org.frontline.core.domain.cases;

/** How a case was resolved; reports group by it, so it is a closed set. */
public enum ResolutionCode {
    /** The customer's question was answered. */
    ANSWERED,
    /** The fault was fixed. */
    FIXED,
    /** The customer can work around a fault that is not fixed yet (a known error). */
    WORKAROUND,
    /** Nothing was wrong. */
    NO_FAULT_FOUND,
    /** Another case covers it. */
    DUPLICATE,
    /** The customer no longer needs it. */
    WITHDRAWN
}
