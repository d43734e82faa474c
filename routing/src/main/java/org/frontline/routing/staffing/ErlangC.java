package org.frontline.routing.staffing;

/**
 * Erlang C (the M/M/n queue): contacts arrive at random, take exponentially distributed handle times, and wait as
 * long as it takes. Probability of waiting C = n·B / (n − A·(1 − B)) from Erlang B; service level
 * 1 − C·e^(−(n − A)·t / AHT); average speed of answer C·AHT / (n − A); occupancy A / n. With n ≤ A the queue grows
 * without bound: everyone waits, nobody within the threshold, and the average wait is infinite.
 */
public final class ErlangC implements QueueModel {
    private final Workload workload;
    private final ErlangB erlangB;

    public ErlangC(Workload workload) {
        this.workload = workload;
        this.erlangB = new ErlangB(workload.traffic());
    }

    @Override
    public Workload workload() {
        return workload;
    }

    /** With no more agents than Erlangs of traffic the queue grows without bound. */
    @Override
    public int fallsShortWith() {
        return (int) Math.floor(workload.traffic());
    }

    /** The probability that a contact waits at all. */
    public double probabilityOfWaiting(int agents) {
        double traffic = workload.traffic();
        if (traffic == 0) {
            return 0;
        }
        if (agents <= traffic) {
            return 1;
        }
        double blocking = erlangB.of(agents);
        return agents * blocking / (agents - traffic * (1 - blocking));
    }

    @Override
    public QueuePerformance performance(int agents, double thresholdSeconds) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be >= 0, got " + agents);
        }
        double traffic = workload.traffic();
        if (traffic == 0) {
            return new QueuePerformance(agents, 0, 1, 0, 0, 0);
        }
        if (agents <= traffic) {
            return new QueuePerformance(agents, 1, 0, Double.POSITIVE_INFINITY, 1, 0);
        }
        double waiting = probabilityOfWaiting(agents);
        double spare = agents - traffic;
        double handle = workload.serviceSeconds();
        return new QueuePerformance(
                agents,
                waiting,
                1 - waiting * Math.exp(-spare * thresholdSeconds / handle),
                waiting * handle / spare,
                traffic / agents,
                0);
    }
}
