package org.frontline.routing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontline.core.domain.shared.Channel;

/** An agent's place in the engine: their profile, whether they take contacts, how many they hold, the lines they fit. */
final class Seat {
    final RoutableAgent agent;
    final List<Bucket> eligible = new ArrayList<>();
    final Map<Channel, Integer> active = new EnumMap<>(Channel.class);
    boolean available;
    Instant idleSince;
    Instant lastOfferedAt = Instant.EPOCH;

    Seat(RoutableAgent agent, Instant now) {
        this.agent = agent;
        this.idleSince = now;
    }

    int active(Channel channel) {
        return active.getOrDefault(channel, 0);
    }

    boolean hasRoomFor(Channel channel) {
        return available && active(channel) < agent.capacity(channel);
    }

    /** The share of all their capacity in use, from 0 to 1. */
    double occupancy() {
        int capacity =
                agent.capacities().values().stream().mapToInt(Integer::intValue).sum();
        int held = active.values().stream().mapToInt(Integer::intValue).sum();
        return capacity == 0 ? 1 : (double) held / capacity;
    }
}
