package org.frontline.routing.engine;

import java.util.TreeSet;

/**
 * One line: the contacts waiting with the same requirement, most urgent first, as an ordered set whose head is kept
 * at hand (a freed agent reads the heads of dozens of lines), and the skill the agent indexes look it up by.
 */
final class Bucket {
    final Requirement requirement;
    final String indexSkill;
    private final TreeSet<Queued> waiting = new TreeSet<>(Queued.ORDER);
    private Queued head;

    Bucket(Requirement requirement) {
        this.requirement = requirement;
        this.indexSkill = AgentIndex.indexSkill(requirement);
    }

    void add(Queued entry) {
        waiting.add(entry);
        if (head == null || Queued.compare(entry, head) < 0) {
            head = entry;
        }
    }

    void remove(Queued entry) {
        waiting.remove(entry);
        if (head != null && Queued.compare(entry, head) == 0) {
            head = waiting.isEmpty() ? null : waiting.first();
        }
    }

    /** The most urgent contact in line, or null when none waits. */
    Queued head() {
        return head;
    }

    /** The line, most urgent first. */
    Iterable<Queued> inLine() {
        return waiting;
    }
}
