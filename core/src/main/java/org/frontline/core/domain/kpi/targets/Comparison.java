package org.frontline.core.domain.kpi.targets;

/** Which side of its target value a KPI should be on. */
public enum Comparison {
    /** At or above the target (service level, FCR, CSAT). */
    AT_LEAST,
    /** At or below the target (abandonment, ASA, handle time, effort). */
    AT_MOST;

    boolean met(double value, double target) {
        return this == AT_LEAST ? value >= target : value <= target;
    }

    /** Whether {@code now} is better than {@code before} for a KPI compared this way. */
    boolean better(double now, double before) {
        return this == AT_LEAST ? now > before : now < before;
    }
}
