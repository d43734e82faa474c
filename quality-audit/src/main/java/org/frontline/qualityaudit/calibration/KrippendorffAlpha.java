package org.frontline.qualityaudit.calibration;

import java.util.Arrays;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Krippendorff's alpha, 1 − observed / expected disagreement, which takes any number of raters, missing ratings and a
 * level of measurement. The estimate comes from DKPro Statistics; resampling for intervals uses the same coincidence
 * counts kept per unit, so a bootstrap resample costs a sum over units instead of a new study (the two agree to
 * rounding; the tests hold them to it). Units rated fewer than twice carry no pairs and drop out, as Krippendorff
 * prescribes (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
 */
public final class KrippendorffAlpha {
    private final MeasurementLevel level;
    private final double[] categories;
    /** counts[unit][category]: how many raters gave the unit that value. */
    private final double[][] counts;
    /** ratings[unit]: how many raters rated the unit (pairable when 2 or more). */
    private final int[] ratings;
    /**
     * disagreement[unit]: the unit's share of the observed disagreement, Σ n_c n_d δ(c, d) / (m − 1) over its value
     * pairs, for nominal and interval data, whose distances do not depend on the sample (ordinal ones do).
     */
    private final double[] disagreement;

    public KrippendorffAlpha(RatingGrid grid, MeasurementLevel level) {
        this.level = level;
        this.categories = grid.categories();
        this.counts = new double[grid.units()][categories.length];
        this.ratings = new int[grid.units()];
        for (int u = 0; u < grid.units(); u++) {
            for (int r = 0; r < grid.raters(); r++) {
                if (grid.rated(u, r)) {
                    counts[u][Arrays.binarySearch(categories, grid.value(u, r))]++;
                    ratings[u]++;
                }
            }
        }
        this.disagreement = new double[grid.units()];
        if (level != MeasurementLevel.ORDINAL) {
            for (int u = 0; u < counts.length; u++) {
                disagreement[u] = ratings[u] < 2 ? 0 : pairs(counts[u], null) / (ratings[u] - 1.0);
            }
        }
    }

    /** Alpha by DKPro Statistics; NaN when no unit was rated twice or nobody's ratings vary. */
    public static double of(RatingGrid grid, MeasurementLevel level) {
        boolean whole = Arrays.stream(grid.categories()).allMatch(v -> v == Math.rint(v));
        CodingAnnotationStudy study = new CodingAnnotationStudy(grid.raters());
        for (int u = 0; u < grid.units(); u++) {
            if (grid.ratingsOf(u) < 2) {
                continue;
            }
            Object[] row = new Object[grid.raters()];
            for (int r = 0; r < grid.raters(); r++) {
                if (grid.rated(u, r)) {
                    double value = grid.value(u, r);
                    row[r] = whole ? (Object) (int) value : (Object) value;
                }
            }
            study.addItemAsArray(row);
        }
        if (study.getItemCount() == 0 || grid.categories().length < 2) {
            return Double.NaN;
        }
        IDistanceFunction distance = switch (level) {
            case NOMINAL -> new NominalDistanceFunction();
            case ORDINAL -> new OrdinalDistanceFunction();
            case INTERVAL -> new IntervalDistanceFunction();
        };
        return new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
    }

    /**
     * Alpha over a resample in which unit u appears {@code weights[u]} times; NaN when the resample has no pairs or no
     * variation (nothing to agree or disagree on).
     */
    public double resampled(int[] weights) {
        int k = categories.length;
        double[] marginal = new double[k];
        double n = 0;
        for (int u = 0; u < counts.length; u++) {
            if (weights[u] == 0 || ratings[u] < 2) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                marginal[c] += weights[u] * counts[u][c];
            }
            n += weights[u] * ratings[u];
        }
        double observed = 0;
        for (int u = 0; u < counts.length; u++) {
            if (weights[u] == 0 || ratings[u] < 2) {
                continue;
            }
            observed += weights[u]
                    * (level == MeasurementLevel.ORDINAL
                            ? pairs(counts[u], marginal) / (ratings[u] - 1.0)
                            : disagreement[u]);
        }
        double expected = pairs(marginal, marginal);
        if (n < 2 || expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    /** Σ over value pairs c < d of a[c] a[d] δ(c, d); ordinal distances need the sample's marginal counts. */
    private double pairs(double[] a, double[] marginal) {
        double sum = 0;
        for (int c = 0; c < a.length; c++) {
            if (a[c] == 0) {
                continue;
            }
            for (int d = c + 1; d < a.length; d++) {
                if (a[d] != 0) {
                    sum += a[c] * a[d] * distance(c, d, marginal);
                }
            }
        }
        return sum;
    }

    /** The squared difference between two values at this level (Krippendorff 2011, §3). */
    private double distance(int c, int d, double[] marginal) {
        return switch (level) {
            case NOMINAL -> 1;
            case INTERVAL -> (categories[c] - categories[d]) * (categories[c] - categories[d]);
            case ORDINAL -> {
                double between = 0;
                for (int g = c; g <= d; g++) {
                    between += marginal[g];
                }
                double rank = between - (marginal[c] + marginal[d]) / 2;
                yield rank * rank;
            }
        };
    }
}
