package org.frontline.web.routing;

import org.frontline.routing.desk.QueueFigures;

/**
 * A queue now: contacts waiting and the longest wait; and since the start of the period, contacts answered, answered
 * within target, abandoned, and the service level (answered within target ÷ answered or abandoned; absent before the
 * first).
 */
public record QueueStatusResponse(
        String queue,
        long waiting,
        long longestWaitSeconds,
        long answered,
        long answeredInTarget,
        long abandoned,
        long answerTargetSeconds,
        Double serviceLevel) {

    static QueueStatusResponse from(QueueFigures f) {
        return new QueueStatusResponse(
                f.queue(),
                f.waiting(),
                f.longestWait().toSeconds(),
                f.answered(),
                f.answeredInTarget(),
                f.abandoned(),
                f.answerTarget().toSeconds(),
                f.serviceLevel().isPresent() ? f.serviceLevel().getAsDouble() : null);
    }
}
