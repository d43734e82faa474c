package org.frontline.qualityaudit.coaching;

/** Why a coaching task was opened. */
public enum CoachingReason {
    /** A critical item failed (rated "no"). */
    CRITICAL_FAILED,
    /** A criterion scored below half of its scale. */
    LOW_SCORE
}
