package org.frontline.qualityaudit.sampling;

/** A confidence interval [lower, upper]. */
public record Interval(double lower, double upper) {

    /**
     * The Wilson score interval for a proportion p observed over n trials at the normal quantile z; n may be an
     * effective sample size (a weighted design's), not only a count. It stays inside [0, 1].
     */
    public static Interval wilson(double p, double n, double z) {
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
