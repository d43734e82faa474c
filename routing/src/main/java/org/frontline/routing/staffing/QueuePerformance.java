package org.frontline.routing.staffing;

/**
 * How an interval performs with a given number of agents.
 *
 * @param probabilityOfWaiting the share of contacts that find every agent busy
 * @param serviceLevel the share of all offered contacts answered within the threshold (abandoned ones count as not)
 * @param averageSpeedOfAnswerSeconds the mean wait of all offered contacts (those answered at once count as 0)
 * @param occupancy the share of the agents' time spent handling contacts
 * @param abandonment the share of offered contacts that hang up before an answer (0 in Erlang C, whose callers wait
 *     forever)
 */
public record QueuePerformance(
        int agents,
        double probabilityOfWaiting,
        double serviceLevel,
        double averageSpeedOfAnswerSeconds,
        double occupancy,
        double abandonment) {}
