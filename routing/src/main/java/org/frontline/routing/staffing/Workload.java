package org.frontline.routing.staffing;

import org.frontline.core.domain.shared.InvalidValueException;

/**
 * The work offered in one interval: how many contacts arrive, how long each takes to handle, and how many one agent
 * handles at once (1 for calls; chats are often 2 or 3). An agent working {@code concurrency} contacts at once is
 * modelled as one server whose handle time is {@code averageHandleSeconds / concurrency} (the usual chat Erlang
 * simplification: it assumes concurrent chats do not slow each other down).
 */
public record Workload(double arrivals, double averageHandleSeconds, double intervalSeconds, int concurrency) {
    /** Beyond this much traffic (Erlangs) a single queue is not a contact centre interval any more. */
    public static final double MAX_TRAFFIC = 100_000;

    public static final int MAX_CONCURRENCY = 20;

    public Workload {
        if (!Double.isFinite(arrivals) || arrivals < 0) {
            throw new InvalidValueException("arrivals", "must be 0 or more contacts per interval, got " + arrivals);
        }
        if (!Double.isFinite(averageHandleSeconds) || averageHandleSeconds <= 0) {
            throw new InvalidValueException(
                    "averageHandleSeconds", "must be more than 0 seconds, got " + averageHandleSeconds);
        }
        if (!Double.isFinite(intervalSeconds) || intervalSeconds <= 0) {
            throw new InvalidValueException("intervalSeconds", "must be more than 0 seconds, got " + intervalSeconds);
        }
        requireConcurrency(concurrency);
        if (arrivals * averageHandleSeconds / intervalSeconds / concurrency > MAX_TRAFFIC) {
            throw new InvalidValueException(
                    "arrivals",
                    "make more than " + (long) MAX_TRAFFIC + " Erlangs of traffic; split the queue or the interval");
        }
    }

    /** Refuses a number of contacts an agent handles at once that no agent does. */
    public static int requireConcurrency(int concurrency) {
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new InvalidValueException(
                    "concurrency",
                    "must be between 1 and " + MAX_CONCURRENCY + " contacts an agent handles at once, got "
                            + concurrency);
        }
        return concurrency;
    }

    /** Calls: one at a time. */
    public static Workload calls(double arrivals, double averageHandleSeconds, double intervalSeconds) {
        return new Workload(arrivals, averageHandleSeconds, intervalSeconds, 1);
    }

    /** The offered load in Erlangs: how many agents would be busy all interval long if no one ever waited. */
    public double traffic() {
        return arrivals * serviceSeconds() / intervalSeconds;
    }

    /** Contacts arriving per second. */
    public double arrivalRate() {
        return arrivals / intervalSeconds;
    }

    /** How long one agent is taken up by a contact, given the contacts they handle at once. */
    public double serviceSeconds() {
        return averageHandleSeconds / concurrency;
    }
}
