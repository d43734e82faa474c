package org.frontline.routing.simulation;

import java.time.Duration;
import java.util.Objects;
import org.frontline.routing.engine.RoutableAgent;

/** An agent and when they take contacts, as offsets from the start of the simulated day. */
public record Shift(RoutableAgent agent, Duration start, Duration end) {

    public Shift {
        Objects.requireNonNull(agent, "agent");
        if (start.isNegative() || end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("a shift must start at or after 0 and end after it starts");
        }
    }
}
