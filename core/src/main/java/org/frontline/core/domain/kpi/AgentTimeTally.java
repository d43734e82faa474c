package org.frontline.core.domain.kpi;

/**
 * Agents' time over a set of status-log stretches and shifts clipped to a period, in seconds, and what the logged-in
 * time cost at their teams' hourly rates; additive.
 *
 * @param scheduledSeconds time on (not cancelled) shifts
 * @param adheringSeconds time on shift spent available, busy or in wrap-up
 * @param staffCostUnits logged-in seconds times the team's loaded hourly cost in ten-thousandths: whole numbers, so
 *     tallies add up exactly (see {@link #staffCost()})
 */
public record AgentTimeTally(
        long availableSeconds,
        long busySeconds,
        long wrapUpSeconds,
        long awaySeconds,
        long scheduledSeconds,
        long adheringSeconds,
        long staffCostUnits) {

    public static final AgentTimeTally NONE = new AgentTimeTally(0, 0, 0, 0, 0, 0, 0);

    /** Builds a tally from the database's columns, in declaration order. */
    public static AgentTimeTally of(long[] v) {
        return new AgentTimeTally(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    public AgentTimeTally plus(AgentTimeTally o) {
        return new AgentTimeTally(
                availableSeconds + o.availableSeconds,
                busySeconds + o.busySeconds,
                wrapUpSeconds + o.wrapUpSeconds,
                awaySeconds + o.awaySeconds,
                scheduledSeconds + o.scheduledSeconds,
                adheringSeconds + o.adheringSeconds,
                staffCostUnits + o.staffCostUnits);
    }

    /** Staff cost in the centre's currency: the units over 10,000 (the rate's scale) and 3,600 (an hour). */
    double staffCost() {
        return staffCostUnits / 10_000.0 / 3_600.0;
    }

    /** Busy and wrap-up: time spent on contacts. */
    long handlingSeconds() {
        return busySeconds + wrapUpSeconds;
    }

    long loggedInSeconds() {
        return availableSeconds + busySeconds + wrapUpSeconds + awaySeconds;
    }
}
