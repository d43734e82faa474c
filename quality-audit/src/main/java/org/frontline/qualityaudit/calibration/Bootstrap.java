package org.frontline.qualityaudit.calibration;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.frontline.qualityaudit.sampling.Confidence;

/**
 * Seeded bootstrap resamples of units: each resample is how many times each unit was drawn when drawing as many units
 * as there are, with replacement. Every statistic of a session uses the same resamples, so their intervals are
 * reproducible and comparable; intervals are the percentile kind (Efron and Tibshirani, 1993, §13.3).
 */
public final class Bootstrap {
    private final int[][] weights;

    public Bootstrap(int units, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("at least one resample, got " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        this.weights = new int[resamples][units];
        for (int[] resample : weights) {
            for (int i = 0; i < units; i++) {
                resample[random.nextInt(units)]++;
            }
        }
    }

    public int resamples() {
        return weights.length;
    }

    public int[] resample(int index) {
        return weights[index];
    }

    /**
     * The percentile interval of a statistic's resampled values at the confidence; resamples where it is undefined
     * (NaN) are left out, and with none left there is no interval (NaN, NaN).
     */
    public static double[] interval(double[] values, Confidence confidence) {
        double[] defined =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (defined.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double tail = (1 - confidence.level()) / 2;
        return new double[] {quantile(defined, tail), quantile(defined, 1 - tail)};
    }

    /** The p-quantile of sorted values, interpolating between neighbours. */
    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
