package org.frontline.qualityaudit.audit;

/** Where an audit stands: its reviews under way, or every one done and the audit closed with its results. */
public enum AuditState {
    IN_PROGRESS,
    COMPLETE
}
