package org.frontline.core.domain.kpi;

/** Seconds agents spent logged in, by status, over a set of status-log stretches clipped to a period; additive. */
public record AgentTimeTally(long availableSeconds, long busySeconds, long wrapUpSeconds, long awaySeconds) {

    public static final AgentTimeTally NONE = new AgentTimeTally(0, 0, 0, 0);

    public AgentTimeTally plus(AgentTimeTally o) {
        return new AgentTimeTally(
                availableSeconds + o.availableSeconds,
                busySeconds + o.busySeconds,
                wrapUpSeconds + o.wrapUpSeconds,
                awaySeconds + o.awaySeconds);
    }

    /** Busy and wrap-up: time spent on contacts. */
    long handlingSeconds() {
        return busySeconds + wrapUpSeconds;
    }

    long loggedInSeconds() {
        return availableSeconds + busySeconds + wrapUpSeconds + awaySeconds;
    }
}
