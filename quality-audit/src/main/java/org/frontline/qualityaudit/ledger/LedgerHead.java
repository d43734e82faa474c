package org.frontline.qualityaudit.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that says where the chain ends; appending locks it, so appends queue up one behind another. */
@Entity
@Table(name = "qa_ledger_head")
public class LedgerHead {
    /** The head row's id. */
    public static final long ID = 1;

    @Id
    private long id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    /** For Jakarta Persistence only. */
    protected LedgerHead() {}

    public long lastPosition() {
        return lastPosition;
    }

    public void advanceTo(long position) {
        this.lastPosition = position;
    }
}
