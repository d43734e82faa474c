package org.frontline.core.domain.cases;

import java.util.Set;

/** Where a case is in its life: NEW → OPEN → PENDING → RESOLVED → CLOSED, and REOPENED after a resolution. */
public enum CaseStatus {
    /** Raised, nobody works it yet. */
    NEW,
    /** An agent works it. */
    OPEN,
    /** Waiting for the customer or a third party; the SLA clock is paused. */
    PENDING,
    /** Answered; the customer can still reopen it. */
    RESOLVED,
    /** Finished for good. */
    CLOSED,
    /** Resolved once, then reopened by the customer; worked like OPEN. */
    REOPENED;

    private static final Set<CaseStatus> ACTIVE = Set.of(NEW, OPEN, PENDING, REOPENED);

    /** Whether the case still needs work (and its resolution SLA still runs, unless PENDING). */
    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
