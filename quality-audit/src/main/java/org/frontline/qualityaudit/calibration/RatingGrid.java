package org.frontline.qualityaudit.calibration;

import java.util.Arrays;

/**
 * Ratings of units (contacts) by raters: {@code values[unit][rater]}, NaN where a rater gave none (missing, or N/A).
 * The grid is copied in and never changed.
 */
public final class RatingGrid {
    private final double[][] values;
    private final int raters;

    public RatingGrid(double[][] values) {
        this.raters = values.length == 0 ? 0 : values[0].length;
        this.values = new double[values.length][];
        for (int u = 0; u < values.length; u++) {
            if (values[u].length != raters) {
                throw new IllegalArgumentException("every unit needs a cell per rater");
            }
            this.values[u] = values[u].clone();
        }
    }

    public int units() {
        return values.length;
    }

    public int raters() {
        return raters;
    }

    public double value(int unit, int rater) {
        return values[unit][rater];
    }

    public boolean rated(int unit, int rater) {
        return !Double.isNaN(values[unit][rater]);
    }

    /** How many raters rated the unit. */
    public int ratingsOf(int unit) {
        return (int) Arrays.stream(values[unit]).filter(v -> !Double.isNaN(v)).count();
    }

    /** The distinct values given, ascending. */
    public double[] categories() {
        return Arrays.stream(values)
                .flatMapToDouble(Arrays::stream)
                .filter(v -> !Double.isNaN(v))
                .distinct()
                .sorted()
                .toArray();
    }
}
