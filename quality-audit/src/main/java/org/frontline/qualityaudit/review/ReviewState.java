package org.frontline.qualityaudit.review;

/** Where a review stands. */
public enum ReviewState {
    /** Being filled in by its reviewer; only they see it. */
    DRAFT,
    /** Scored and locked; a later change is a new revision. */
    SUBMITTED
}
