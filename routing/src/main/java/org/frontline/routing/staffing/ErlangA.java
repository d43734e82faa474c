package org.frontline.routing.staffing;

import java.util.Arrays;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Erlang A (the M/M/n+M queue, Palm's model): as Erlang C, but each waiting contact hangs up after an exponentially
 * distributed patience. Solved exactly as the birth–death process it is, in logarithms so that neither large centres
 * nor heavy understaffing overflow: arrivals at rate λ, and with k contacts present, min(k, n)·μ completions plus
 * max(k − n, 0)·θ abandonments per second (μ = 1/AHT, θ = 1/mean patience). By PASTA an arrival sees the stationary
 * distribution, which gives the probability of waiting; Little's law on the queue gives the average wait
 * (E[queue] / λ) and the abandonment (θ·E[queue] / λ). The service level, the share of arrivals answered within the
 * threshold, follows each waiting arrival's place in the queue through time (it moves up as those ahead are answered
 * or hang up, and it may hang up itself), computed by uniformisation.
 */
public final class ErlangA implements QueueModel {
    /** An hour: callers hold longer than that only in models, and the queue's states grow with patience. */
    public static final double MAX_PATIENCE_SECONDS = 3_600;

    /** States whose probability is below e^−40 of the likeliest one do not change any figure we report. */
    private static final double NEGLIGIBLE = 40;

    private final Workload workload;
    private final double patienceSeconds;

    public ErlangA(Workload workload, double patienceSeconds) {
        this.workload = workload;
        this.patienceSeconds = requirePatience(patienceSeconds);
    }

    /** Refuses a mean patience the model cannot use: none, or beyond {@link #MAX_PATIENCE_SECONDS}. */
    public static double requirePatience(double patienceSeconds) {
        if (!(patienceSeconds > 0 && patienceSeconds <= MAX_PATIENCE_SECONDS)) {
            throw new InvalidValueException(
                    "patienceSeconds",
                    "must be more than 0 and at most " + (int) MAX_PATIENCE_SECONDS
                            + " seconds (the mean time callers wait before hanging up), got " + patienceSeconds);
        }
        return patienceSeconds;
    }

    @Override
    public Workload workload() {
        return workload;
    }

    public double patienceSeconds() {
        return patienceSeconds;
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
        double arrivalRate = workload.arrivalRate();
        double serviceRate = 1 / workload.serviceSeconds();
        double abandonRate = 1 / patienceSeconds;
        double[] queue = queueDistribution(agents, traffic, arrivalRate, serviceRate, abandonRate);
        double waiting = 0;
        double queued = 0;
        for (int m = 0; m < queue.length; m++) {
            waiting += queue[m];
            queued += m * queue[m];
        }
        double abandonment = Math.min(1, abandonRate * queued / arrivalRate);
        double answeredLate = servedWithin(queue, agents * serviceRate, abandonRate, thresholdSeconds);
        return new QueuePerformance(
                agents,
                waiting,
                1 - waiting + answeredLate,
                queued / arrivalRate,
                agents == 0 ? 0 : Math.min(1, traffic * (1 - abandonment) / agents),
                abandonment);
    }

    /**
     * The stationary probabilities of finding all agents busy and m contacts already waiting (m = 0, 1, …), cut where
     * they become negligible. In logarithms relative to "n present": the states below weigh 1/B(n, A) together
     * (Erlang B); above, each step multiplies by λ / (nμ + mθ).
     */
    private static double[] queueDistribution(
            int agents, double traffic, double arrivalRate, double serviceRate, double abandonRate) {
        double logBelow = -ErlangB.log(agents, traffic);
        double[] logs = new double[16];
        double peak = Math.max(0, logBelow);
        int m = 0;
        double log = 0;
        while (true) {
            if (m == logs.length) {
                logs = Arrays.copyOf(logs, m * 2);
            }
            logs[m] = log;
            peak = Math.max(peak, log);
            double step = Math.log(arrivalRate / (agents * serviceRate + (m + 1) * abandonRate));
            if (step < 0 && log < peak - NEGLIGIBLE) {
                break;
            }
            log += step;
            m++;
        }
        int states = m + 1;
        double total = Math.exp(logBelow - peak) - Math.exp(-peak);
        for (int k = 0; k < states; k++) {
            total += Math.exp(logs[k] - peak);
        }
        double[] queue = new double[states];
        for (int k = 0; k < states; k++) {
            queue[k] = Math.exp(logs[k] - peak) / total;
        }
        return queue;
    }

    /**
     * The probability that an arrival waits and is answered within the threshold. Its place: m contacts ahead; it
     * moves up at rate nμ + mθ, is answered from the head of the queue at rate nμ, and hangs up at rate θ. All
     * arrivals' places evolve together as one vector, uniformised at the fastest rate Λ: after k jumps (Poisson with
     * mean Λ·t within the threshold) the answered share is read off.
     */
    private static double servedWithin(double[] queue, double agentRate, double abandonRate, double seconds) {
        if (seconds == 0 || agentRate == 0) {
            return 0;
        }
        int states = queue.length;
        double uniform = agentRate + states * abandonRate;
        double mean = uniform * seconds;
        int jumps = (int) Math.ceil(mean + 10 * Math.sqrt(mean) + 10);
        double[] place = queue.clone();
        double[] next = new double[states];
        double served = 0;
        double answered = 0;
        double logMean = Math.log(mean);
        double logWeight = -mean;
        double weights = 0;
        for (int k = 0; k <= jumps; k++) {
            double weight = Math.exp(logWeight);
            weights += weight;
            answered += weight * served;
            served += place[0] * agentRate / uniform;
            for (int j = 0; j < states; j++) {
                double leave = agentRate + j * abandonRate + abandonRate;
                double stay = place[j] * (1 - leave / uniform);
                double arrive = j + 1 < states ? place[j + 1] * (agentRate + (j + 1) * abandonRate) / uniform : 0;
                next[j] = stay + arrive;
            }
            double[] swap = place;
            place = next;
            next = swap;
            logWeight += logMean - Math.log(k + 1);
        }
        return answered + served * Math.max(0, 1 - weights);
    }
}
