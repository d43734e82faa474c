package org.frontline.web.routing;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.WideningStep;

/**
 * A queue's rules: the skills its contacts need (and an overflow into it brings), its widening steps in order of
 * waiting time, and the answer target its service level counts against (20 s by default). {@code version} is needed
 * to replace an existing queue.
 */
public record QueueRequest(
        Map<String, Integer> skills, List<@Valid StepPayload> steps, Long answerTargetSeconds, Long version) {
    private static final long DEFAULT_ANSWER_TARGET = 20;

    public RoutingQueue toQueue(String name) {
        List<WideningStep> widening = Optional.ofNullable(steps).orElse(List.of()).stream()
                .map(StepPayload::toStep)
                .toList();
        return new RoutingQueue(name, Optional.ofNullable(skills).orElse(Map.of()), widening);
    }

    Duration answerTarget() {
        return Duration.ofSeconds(Optional.ofNullable(answerTargetSeconds).orElse(DEFAULT_ANSWER_TARGET));
    }
}
