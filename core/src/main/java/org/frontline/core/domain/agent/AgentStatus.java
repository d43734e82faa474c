package org.frontline.core.domain.agent;

/** What an agent is doing now; the log of these is the basis for occupancy, adherence and staffing reports. */
public enum AgentStatus {
    /** Logged in and waiting for a contact. */
    AVAILABLE,
    /** Handling a contact. */
    BUSY,
    /** Finishing the work after a contact (notes, disposition). */
    WRAP_UP,
    /** Logged in but not taking contacts (break, meeting, training). */
    AWAY,
    /** Not logged in. */
    OFFLINE;

    /** Whether time in this status counts as staffed (logged in) time. */
    public boolean isStaffed() {
        return this != OFFLINE;
    }

    /** Whether time in this status counts as taking contacts: waiting for one, handling one, or wrapping one up. */
    public boolean isTakingContacts() {
        return this == AVAILABLE || this == BUSY || this == WRAP_UP;
    }
}
