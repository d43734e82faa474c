package org.frontline.routing.desk;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * A queue's figures: how many contacts wait and how long the longest has, and since a given instant how many were
 * answered, how many within the queue's answer target, and how many were abandoned.
 */
public record QueueFigures(
        String queue,
        long waiting,
        Duration longestWait,
        long answered,
        long answeredInTarget,
        long abandoned,
        Duration answerTarget) {

    /** The share of contacts answered within target among those answered or abandoned; empty before the first. */
    public OptionalDouble serviceLevel() {
        long offered = answered + abandoned;
        return offered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) answeredInTarget / offered);
    }
}
