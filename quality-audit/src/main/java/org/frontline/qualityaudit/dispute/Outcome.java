package org.frontline.qualityaudit.dispute;

/** An arbitrator's decision on a dispute. */
public enum Outcome {
    /** The review stands as it was. */
    UPHELD,
    /** The review is revised with the arbitrator's ratings. */
    PARTLY_ACCEPTED,
    /** The review is revised with the agent's proposed ratings (or the arbitrator's, when given). */
    OVERTURNED
}
