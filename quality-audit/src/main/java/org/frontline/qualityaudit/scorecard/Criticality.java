package org.frontline.qualityaudit.scorecard;

/** What failing a criterion does beyond losing its points. */
public enum Criticality {
    /** Nothing: it loses its own points only. */
    NONE,
    /** Its section scores 0. */
    SECTION,
    /** The whole review scores 0 and fails (auto-fail). */
    REVIEW
}
