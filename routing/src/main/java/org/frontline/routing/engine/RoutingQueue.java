package org.frontline.routing.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A named line contacts wait in, with the skills its overflow brings and its widening steps in the order of their
 * {@code after}.
 */
public record RoutingQueue(String name, Map<String, Integer> skills, List<WideningStep> steps) {

    public RoutingQueue {
        Objects.requireNonNull(name, "name");
        skills = Map.copyOf(skills);
        steps = List.copyOf(steps);
        Duration previous = Duration.ZERO;
        for (WideningStep step : steps) {
            if (step.after().compareTo(previous) < 0) {
                throw new InvalidValueException("steps", "queue " + name + ": steps must be in order of afterSeconds");
            }
            previous = step.after();
        }
    }

    /** A queue that never widens. */
    public static RoutingQueue plain(String name) {
        return new RoutingQueue(name, Map.of(), List.of());
    }
}
