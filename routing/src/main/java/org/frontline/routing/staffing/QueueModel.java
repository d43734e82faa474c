package org.frontline.routing.staffing;

/** A queueing model of one interval's workload, answering how the interval performs with a number of agents. */
public interface QueueModel {

    Workload workload();

    /**
     * How the interval performs with this many agents taking contacts.
     *
     * @param thresholdSeconds the wait within which an answer counts towards the service level
     */
    QueuePerformance performance(int agents, double thresholdSeconds);

    /** A staff that falls short of any target, where a search for the required staff may start. */
    default int fallsShortWith() {
        return 0;
    }
}
