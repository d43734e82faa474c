package org.frontline.routing.simulation;

import java.util.List;

/**
 * How a queue did over the day and in each interval, as estimates over the replications: contacts offered, service
 * level (answered within target ÷ offered, so abandoned and never-answered contacts count against it), average speed
 * of answer (mean wait of those answered, in seconds) and abandonment (abandoned ÷ offered).
 */
public record QueueOutcome(
        String queue,
        Estimate offered,
        Estimate serviceLevel,
        Estimate averageSpeedOfAnswer,
        Estimate abandonment,
        List<IntervalOutcome> intervals) {

    /** One interval's estimates; a ratio is 0 in a replication that had no contacts in the interval. */
    public record IntervalOutcome(
            int interval,
            Estimate offered,
            Estimate serviceLevel,
            Estimate averageSpeedOfAnswer,
            Estimate abandonment) {}
}
