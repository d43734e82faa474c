package org.frontline.core.domain.sla;

/** Where one SLA target stands. */
public enum SlaState {
    /** Running, with time to spare. */
    ON_TRACK,
    /** Running, past the warning threshold. */
    WARNING,
    /** Running, past the deadline. */
    BREACHED,
    /** Stopped while the case waits for the customer or a third party (or is resolved awaiting closure). */
    PAUSED,
    /** Done within the target. */
    MET,
    /** Done, but after the deadline. */
    MISSED
}
