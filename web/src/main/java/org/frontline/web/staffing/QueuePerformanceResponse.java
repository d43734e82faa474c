package org.frontline.web.staffing;

import org.frontline.routing.staffing.QueuePerformance;

/**
 * How an interval performs with a number of agents; {@code averageSpeedOfAnswerSeconds} is absent when the queue grows
 * without bound (Erlang C with no more agents than Erlangs of traffic).
 */
public record QueuePerformanceResponse(
        int agents,
        double probabilityOfWaiting,
        double serviceLevel,
        Double averageSpeedOfAnswerSeconds,
        double occupancy,
        double abandonment,
        boolean queueGrowsWithoutBound) {

    static QueuePerformanceResponse from(QueuePerformance performance) {
        boolean unbounded = Double.isInfinite(performance.averageSpeedOfAnswerSeconds());
        return new QueuePerformanceResponse(
                performance.agents(),
                performance.probabilityOfWaiting(),
                performance.serviceLevel(),
                unbounded ? null : performance.averageSpeedOfAnswerSeconds(),
                performance.occupancy(),
                performance.abandonment(),
                unbounded);
    }
}
