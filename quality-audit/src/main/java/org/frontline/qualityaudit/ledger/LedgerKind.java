package org.frontline.qualityaudit.ledger;

/** What a ledger entry records. */
public enum LedgerKind {
    /** A review submitted, or a revision of one (an arbitrated dispute's included). */
    REVIEW,
    /** An arbitrator's decision on a dispute. */
    DISPUTE,
    /** An audit completed, with its results at that moment. */
    AUDIT
}
