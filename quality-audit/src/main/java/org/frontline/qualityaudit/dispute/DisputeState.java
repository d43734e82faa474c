package org.frontline.qualityaudit.dispute;

/** Whether a dispute awaits its arbitrator or has been decided. */
public enum DisputeState {
    OPEN,
    DECIDED
}
