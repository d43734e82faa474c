package org.frontline.routing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontline.core.domain.shared.Channel;

/**
 * An agent's place in the engine: their profile, whether they take contacts, how many they hold per channel, and the
 * lines they qualify for, by channel.
 */
final class Seat {
    final RoutableAgent agent;
    final Map<Channel, List<Bucket>> eligible = new EnumMap<>(Channel.class);
    private final int[] held = new int[Channel.values().length];
    /** Per channel: the free-agent index's entries this agent belongs in (kept, as they change room often). */
    private final List<Map<Long, Seat>>[] freeEntries = newEntries();
    /** Per channel: whether the agent is listed as free there now. */
    private final boolean[] listedFree = new boolean[Channel.values().length];

    private final int capacity;
    private int heldTotal;
    boolean available;
    Instant idleSince;
    Instant lastOfferedAt = Instant.EPOCH;

    Seat(RoutableAgent agent, Instant now) {
        this.agent = agent;
        this.idleSince = now;
        this.capacity =
                agent.capacities().values().stream().mapToInt(Integer::intValue).sum();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<Long, Seat>>[] newEntries() {
        return new List[Channel.values().length];
    }

    /** Lists the agent as free on this channel in the index, or not, by whether they have room on it now. */
    void relist(AgentIndex free, Channel channel) {
        boolean room = hasRoomFor(channel);
        int c = channel.ordinal();
        if (room != listedFree[c]) {
            if (freeEntries[c] == null) {
                freeEntries[c] = free.entries(this, channel);
            }
            AgentIndex.list(this, freeEntries[c], room);
            listedFree[c] = room;
        }
    }

    /** Takes the agent off the free index on every channel. */
    void unlist(AgentIndex free) {
        for (Channel channel : Channel.values()) {
            int c = channel.ordinal();
            if (listedFree[c]) {
                AgentIndex.list(this, freeEntries[c], false);
                listedFree[c] = false;
            }
        }
    }

    void qualifiesFor(Bucket bucket) {
        eligible.computeIfAbsent(bucket.requirement.channel(), c -> new ArrayList<>())
                .add(bucket);
    }

    List<Bucket> eligible(Channel channel) {
        return eligible.getOrDefault(channel, List.of());
    }

    int held(Channel channel) {
        return held[channel.ordinal()];
    }

    void hold(Channel channel, int change) {
        held[channel.ordinal()] += change;
        heldTotal += change;
    }

    boolean hasRoomFor(Channel channel) {
        return available && held(channel) < agent.capacity(channel);
    }

    /** The share of all their capacity in use, from 0 to 1. */
    double occupancy() {
        return capacity == 0 ? 1 : (double) heldTotal / capacity;
    }
}
