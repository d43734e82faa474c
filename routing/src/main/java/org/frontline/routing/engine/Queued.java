package org.frontline.routing.engine;

import java.util.Comparator;

/**
 * A contact in line: what it is, how urgent, which line it waits in, how many widening steps it has taken and the
 * queue it now counts in. {@code rank} is its virtual arrival in epoch milliseconds, so that comparing places is
 * comparing two numbers.
 */
record Queued(WaitingContact contact, Urgency urgency, Bucket bucket, int steps, String queue, long rank) {
    /** Most urgent first; the contact id makes the order total. */
    static final Comparator<Queued> ORDER = Queued::compare;

    Queued(WaitingContact contact, Urgency urgency, Bucket bucket, int steps, String queue) {
        this(contact, urgency, bucket, steps, queue, urgency.virtualArrival().toEpochMilli());
    }

    static int compare(Queued a, Queued b) {
        int byRank = Long.compare(a.rank, b.rank);
        return byRank != 0 ? byRank : Long.compare(a.contact.id(), b.contact.id());
    }

    /** The same contact, widened into another line. */
    Queued movedTo(Bucket widened, int stepsTaken, String queueNow) {
        return new Queued(contact, urgency, widened, stepsTaken, queueNow, rank);
    }
}
