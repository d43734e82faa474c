package org.frontline.routing.engine;

import java.util.Comparator;

/**
 * A free agent in one line's order: best skill match first, then the selection policy's keys (smaller first), then
 * the agent id so that the order is total.
 */
record FreeAgent(long agentId, int skillMatch, long first, long second) {
    static final Comparator<FreeAgent> ORDER = Comparator.comparingInt((FreeAgent f) -> -f.skillMatch)
            .thenComparingLong(FreeAgent::first)
            .thenComparingLong(FreeAgent::second)
            .thenComparingLong(FreeAgent::agentId);
}
