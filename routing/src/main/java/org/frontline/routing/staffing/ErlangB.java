package org.frontline.routing.staffing;

import java.util.Arrays;

/**
 * Erlang B, the probability that all of n servers are busy under a traffic of A Erlangs, by the recursion
 * B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): no factorial or power is ever formed, so it neither overflows nor loses
 * precision for thousands of agents (each step's relative error stays near machine precision). Values are kept as
 * they are computed, so a staffing search that asks for many n costs one recursion up to the largest.
 */
final class ErlangB {
    private final double traffic;
    private double[] values = {1};
    private int computed;

    ErlangB(double traffic) {
        this.traffic = traffic;
    }

    /** B(n, A). */
    double of(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        if (n > computed) {
            if (n >= values.length) {
                values = Arrays.copyOf(values, Math.max(n + 1, values.length * 2));
            }
            for (int k = computed + 1; k <= n; k++) {
                double previous = traffic * values[k - 1];
                values[k] = previous / (k + previous);
            }
            computed = n;
        }
        return values[n];
    }

    /** ln B(n, A) by the same recursion in logarithms, for when B itself would underflow (n far above A). */
    static double log(int n, double traffic) {
        double logTraffic = Math.log(traffic);
        double log = 0;
        for (int k = 1; k <= n; k++) {
            double previous = logTraffic + log;
            log = previous - Math.log(k + Math.exp(previous));
        }
        return log;
    }
}
