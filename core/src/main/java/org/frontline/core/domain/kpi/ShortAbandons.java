package org.frontline.core.domain.kpi;

/** How contacts abandoned within the short-abandon time (misdials, instant hang-ups) count in the service level. */
public enum ShortAbandons {
    /** Neither offered nor abandoned: they are left out of service level and abandonment rate. */
    EXCLUDE,
    /** Counted as offered and as answered within the threshold. */
    COUNT_AS_MET,
    /** Counted as offered and abandoned, like any other abandon. */
    COUNT_AS_MISSED
}
