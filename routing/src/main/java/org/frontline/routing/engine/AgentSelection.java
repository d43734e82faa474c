package org.frontline.routing.engine;

/** Which of several equally skilled free agents gets a new contact. */
public enum AgentSelection {
    /** The one who has waited longest since their last contact. */
    LONGEST_IDLE,
    /** The one with the smallest share of their capacity in use, then the longest idle. */
    LEAST_OCCUPIED,
    /** The one offered a contact least recently, in turn. */
    ROUND_ROBIN
}
