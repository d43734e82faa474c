package org.frontline.qualityaudit.coaching;

/** Where a coaching task stands. */
public enum CoachingState {
    OPEN,
    /** The team lead coached the agent and noted how it went. */
    DONE,
    /** The review it came from was revised (e.g. a dispute overturned it); its revision opens its own tasks. */
    WITHDRAWN
}
