package org.frontline.routing.engine;

import java.util.TreeSet;

/**
 * One line: the contacts waiting with the same requirement, most urgent first, as an ordered set whose head a freed
 * agent reads.
 */
final class Bucket {
    final Requirement requirement;
    final TreeSet<Queued> waiting = new TreeSet<>(Queued.ORDER);

    Bucket(Requirement requirement) {
        this.requirement = requirement;
    }
}
