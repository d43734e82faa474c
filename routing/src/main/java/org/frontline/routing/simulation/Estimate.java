package org.frontline.routing.simulation;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A figure estimated from independent replications: their mean and the half-width of its 95% confidence interval
 * (Student's t with one degree of freedom fewer than the replications).
 */
public record Estimate(double mean, double halfWidth) {

    /** The estimate from one value per replication; needs at least two. */
    public static Estimate of(double[] values) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("a confidence interval needs at least two replications, got " + n);
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double standardError = Math.sqrt(squares / (n - 1) / n);
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, t * standardError);
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /** Whether the interval holds this value. */
    public boolean covers(double value) {
        return lower() <= value && value <= upper();
    }
}
