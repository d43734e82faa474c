package org.frontline.qualityaudit.feedback;

/** How the agent answered a review of theirs: not yet, acknowledged, or disputed (and how that ended). */
public enum ReviewAnswer {
    NONE,
    ACKNOWLEDGED,
    DISPUTED,
    UPHELD,
    PARTLY_ACCEPTED,
    OVERTURNED
}
