package org.frontline.core.domain.kpi.targets;

/** Which way a KPI moved from the previous period of the same length. */
public enum Trend {
    IMPROVING,
    WORSENING,
    STEADY,
    /** One of the two periods has no value. */
    UNKNOWN
}
