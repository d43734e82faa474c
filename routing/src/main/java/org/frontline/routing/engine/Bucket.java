package org.frontline.routing.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * One line: the contacts waiting with the same requirement, most urgent first, and the free agents who meet it, best
 * first. Both sides are ordered sets, so a decision reads the head instead of scanning.
 */
final class Bucket {
    /** A waiting contact's place in line. */
    record Place(Instant virtualArrival, long contactId) {
        static final Comparator<Place> ORDER =
                Comparator.comparing(Place::virtualArrival).thenComparingLong(Place::contactId);
    }

    final Requirement requirement;
    final TreeSet<Place> waiting = new TreeSet<>(Place.ORDER);
    final TreeSet<FreeAgent> free = new TreeSet<>(FreeAgent.ORDER);
    private final Map<Long, FreeAgent> freeById = new HashMap<>();

    Bucket(Requirement requirement) {
        this.requirement = requirement;
    }

    void seat(FreeAgent agent) {
        unseat(agent.agentId());
        free.add(agent);
        freeById.put(agent.agentId(), agent);
    }

    void unseat(long agentId) {
        FreeAgent previous = freeById.remove(agentId);
        if (previous != null) {
            free.remove(previous);
        }
    }
}
