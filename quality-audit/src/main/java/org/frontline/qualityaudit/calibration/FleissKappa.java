package org.frontline.qualityaudit.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;

/**
 * Fleiss' kappa for nominal agreement among several raters (Fleiss, "Measuring nominal scale agreement among many
 * raters", Psychological Bulletin 76(5), 1971). It needs every unit rated by all raters, so only such units count.
 * The estimate comes from DKPro Statistics; resamples reuse each unit's category counts.
 */
public final class FleissKappa {
    /** The units rated by everyone, by their index in the grid. */
    private final int[] complete;
    /** counts[i][category] for the i-th complete unit. */
    private final int[][] counts;

    private final int raters;

    public FleissKappa(RatingGrid grid) {
        double[] categories = grid.categories();
        this.raters = grid.raters();
        List<Integer> full = new ArrayList<>();
        for (int u = 0; u < grid.units(); u++) {
            if (grid.ratingsOf(u) == raters) {
                full.add(u);
            }
        }
        this.complete = full.stream().mapToInt(Integer::intValue).toArray();
        this.counts = new int[complete.length][categories.length];
        for (int i = 0; i < complete.length; i++) {
            for (int r = 0; r < raters; r++) {
                counts[i][Arrays.binarySearch(categories, grid.value(complete[i], r))]++;
            }
        }
    }

    /** How many units every rater rated: the ones kappa rests on. */
    public int units() {
        return complete.length;
    }

    /** Kappa by DKPro Statistics over the complete units; NaN with fewer than two raters or units, or no variation. */
    public static double of(RatingGrid grid) {
        FleissKappa kappa = new FleissKappa(grid);
        if (kappa.complete.length < 2 || grid.raters() < 2 || grid.categories().length < 2) {
            return Double.NaN;
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(grid.raters());
        for (int u : kappa.complete) {
            Object[] row = new Object[grid.raters()];
            for (int r = 0; r < grid.raters(); r++) {
                row[r] = grid.value(u, r);
            }
            study.addItemAsArray(row);
        }
        return new FleissKappaAgreement(study).calculateAgreement();
    }

    /** Kappa over a resample in which unit u of the grid appears {@code weights[u]} times. */
    public double resampled(int[] weights) {
        if (raters < 2) {
            return Double.NaN;
        }
        int k = counts.length == 0 ? 0 : counts[0].length;
        double[] categoryTotals = new double[k];
        double agreement = 0;
        double units = 0;
        for (int i = 0; i < complete.length; i++) {
            int w = weights[complete[i]];
            if (w == 0) {
                continue;
            }
            double squares = 0;
            for (int c = 0; c < k; c++) {
                squares += counts[i][c] * counts[i][c];
                categoryTotals[c] += w * counts[i][c];
            }
            agreement += w * (squares - raters) / (raters * (raters - 1.0));
            units += w;
        }
        if (units < 2) {
            return Double.NaN;
        }
        double observed = agreement / units;
        double expected = 0;
        for (double total : categoryTotals) {
            double p = total / (units * raters);
            expected += p * p;
        }
        return expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }
}
