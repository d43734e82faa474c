package org.frontline.qualityaudit.competency;

/** Where a new hire stands against their team's standard. */
public enum CompetencyStatus {
    /** Met the standard in some week since hire. */
    COMPETENT,
    /** Has not met it yet. */
    NOT_YET,
    /** Left before meeting it. */
    LEFT,
    /** Their team has no standard to meet. */
    NO_STANDARD
}
