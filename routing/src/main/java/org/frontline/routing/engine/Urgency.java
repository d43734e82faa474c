package org.frontline.routing.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a contact stands in line, as a virtual arrival time: its real arrival moved earlier by credits for its
 * priority and its customer's value tier, and no later than shortly before its SLA deadline. The earliest virtual
 * arrival goes first. Because every credit is fixed when the contact arrives, the order never needs recomputing, and
 * nothing starves: a contact waits at most the largest credit behind later arrivals.
 */
public record Urgency(Instant virtualArrival, long priorityCredit, long tierCredit, Optional<Instant> slaBound) {

    /** The reasons in words, for the decision log. */
    public String explain(Instant arrivedAt) {
        String why = "arrived " + arrivedAt + ", " + priorityCredit + " s priority credit, " + tierCredit
                + " s value-tier credit";
        return slaBound.filter(bound -> bound.equals(virtualArrival))
                .map(bound -> why + ", ranked by its SLA deadline (" + bound + ")")
                .orElse(why);
    }
}
