package org.frontline.core.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** The random draws the demo generators share: exponential, lognormal and Poisson variates, weighted picks, surveys. */
final class Draws {
    private final SplittableRandom random;

    Draws(SplittableRandom random) {
        this.random = random;
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    double lognormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Knuth's method for small rates, a normal approximation above 30. */
    int poisson(double rate) {
        if (rate <= 0) {
            return 0;
        }
        if (rate > 30) {
            return (int) Math.max(0, Math.round(rate + Math.sqrt(rate) * gaussian()));
        }
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Running totals of weights, for {@link #weighted}. */
    static double[] cumulative(double[] weights) {
        double[] totals = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            totals[i] = total;
        }
        return totals;
    }

    /** An index drawn in proportion to its weight, given the running totals. */
    int weighted(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1);
    }

    /** A CSAT answer, skewed towards satisfied as most centres' are. */
    int csat() {
        double roll = random.nextDouble();
        return roll < 0.45 ? 5 : roll < 0.75 ? 4 : roll < 0.87 ? 3 : roll < 0.94 ? 2 : 1;
    }
}
