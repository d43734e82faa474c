package org.frontline.core.domain.agent;

/** Why an agent left: turnover reports split voluntary from involuntary leaving. */
public enum LeaveReason {
    /** Resigned or retired. */
    VOLUNTARY,
    /** Dismissed or made redundant. */
    INVOLUNTARY,
    /** Moved to a role outside the contact centre. */
    INTERNAL_MOVE
}
