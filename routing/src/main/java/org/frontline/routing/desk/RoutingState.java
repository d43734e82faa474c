package org.frontline.routing.desk;

/** Where a contact stands in routing. */
public enum RoutingState {
    /** In line for an agent. */
    WAITING,
    /** Offered to an agent, who has not yet accepted or rejected it. */
    OFFERED,
    /** Accepted: the agent is handling it. */
    ACCEPTED,
    /** The agent finished it. */
    COMPLETED,
    /** The customer gave up before an agent answered. */
    ABANDONED,
    /** Taken out of routing without an answer, e.g. handled by another system. */
    WITHDRAWN;

    /** Whether routing still holds the contact: waiting, offered or accepted. */
    public boolean isOpen() {
        return this == WAITING || this == OFFERED || this == ACCEPTED;
    }
}
