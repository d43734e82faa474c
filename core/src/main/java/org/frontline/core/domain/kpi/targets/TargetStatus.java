package org.frontline.core.domain.kpi.targets;

/** Whether a KPI meets its target in a period. */
public enum TargetStatus {
    ON_TARGET,
    OFF_TARGET,
    /** The KPI has no value in the period (nothing to divide by). */
    NO_DATA
}
