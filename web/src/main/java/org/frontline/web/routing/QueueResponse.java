package org.frontline.web.routing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.routing.desk.QueueRule;
import org.frontline.routing.engine.RoutingQueue;

/** A queue's rules as stored. */
public record QueueResponse(
        String name, long version, Map<String, Integer> skills, List<StepPayload> steps, long answerTargetSeconds) {

    static QueueResponse from(QueueRule rule) {
        RoutingQueue queue = rule.queue();
        return new QueueResponse(
                queue.name(),
                rule.version(),
                new TreeMap<>(queue.skills()),
                queue.steps().stream().map(StepPayload::from).toList(),
                rule.answerTarget().toSeconds());
    }
}
