package org.frontline.core.domain.kpi;

/** What a KPI report breaks its figures down by. */
public enum Grouping {
    NONE,
    CHANNEL,
    TEAM,
    AGENT,
    CUSTOMER_TIER,
    SERVICE_FUNCTION,
    QUEUE;

    /** Whether KPIs worked out from {@code basis} can be broken down this way. */
    public boolean measures(Kpi.Basis basis) {
        return switch (basis) {
            case CONTACTS -> true;
            case AGENT_TIME -> splitsAgentTime();
            case CASES -> splitsCases();
        };
    }

    /** Whether cases can be broken down this way (by their owner's team, owner, customer's tier or team's function). */
    public boolean splitsCases() {
        return this != CHANNEL && this != QUEUE;
    }

    /** Whether agents' status time (occupancy, utilisation, staffed hours) can be broken down this way. */
    public boolean splitsAgentTime() {
        return this == NONE || this == TEAM || this == AGENT || this == SERVICE_FUNCTION;
    }
}
