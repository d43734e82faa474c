package org.frontline.qualityaudit.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * The intraclass correlation ICC(2,1) of total scores: two-way random effects, absolute agreement, single rater
 * (Shrout and Fleiss, "Intraclass correlations: uses in assessing rater reliability", Psychological Bulletin 86(2),
 * 1979, case 2): how far one analyst's score can stand for any other's. It needs every unit scored by all raters, so
 * only such units count.
 */
public final class IntraclassCorrelation {
    /** The units scored by everyone, by their index in the grid. */
    private final int[] complete;

    private final double[][] scores;
    private final int raters;

    public IntraclassCorrelation(RatingGrid grid) {
        this.raters = grid.raters();
        List<Integer> full = new ArrayList<>();
        for (int u = 0; u < grid.units(); u++) {
            if (grid.ratingsOf(u) == raters) {
                full.add(u);
            }
        }
        this.complete = full.stream().mapToInt(Integer::intValue).toArray();
        this.scores = new double[complete.length][raters];
        for (int i = 0; i < complete.length; i++) {
            for (int r = 0; r < raters; r++) {
                scores[i][r] = grid.value(complete[i], r);
            }
        }
    }

    /** How many units every rater scored: the ones the correlation rests on. */
    public int units() {
        return complete.length;
    }

    /** ICC(2,1) over the complete units. */
    public double estimate() {
        int[] once = new int[complete.length == 0 ? 0 : complete[complete.length - 1] + 1];
        for (int u : complete) {
            once[u] = 1;
        }
        return resampled(once);
    }

    /**
     * ICC(2,1) over a resample in which unit u of the grid appears {@code weights[u]} times: the two-way ANOVA mean
     * squares for targets (BMS), raters (JMS) and error (EMS), then (BMS − EMS) / (BMS + (k−1) EMS + k (JMS − EMS) / n).
     */
    public double resampled(int[] weights) {
        int k = raters;
        double n = 0;
        double total = 0;
        double[] raterSums = new double[k];
        for (int i = 0; i < complete.length; i++) {
            int w = weights[complete[i]];
            n += w;
            for (int r = 0; r < k; r++) {
                total += w * scores[i][r];
                raterSums[r] += w * scores[i][r];
            }
        }
        if (n < 2 || k < 2) {
            return Double.NaN;
        }
        double grand = total / (n * k);
        double targets = 0;
        double all = 0;
        for (int i = 0; i < complete.length; i++) {
            int w = weights[complete[i]];
            if (w == 0) {
                continue;
            }
            double rowMean = 0;
            for (int r = 0; r < k; r++) {
                rowMean += scores[i][r];
                all += w * (scores[i][r] - grand) * (scores[i][r] - grand);
            }
            rowMean /= k;
            targets += w * k * (rowMean - grand) * (rowMean - grand);
        }
        double judges = 0;
        for (int r = 0; r < k; r++) {
            double mean = raterSums[r] / n;
            judges += n * (mean - grand) * (mean - grand);
        }
        double error = all - targets - judges;
        double bms = targets / (n - 1);
        double jms = judges / (k - 1);
        double ems = error / ((n - 1) * (k - 1));
        double denominator = bms + (k - 1) * ems + k * (jms - ems) / n;
        return denominator == 0 ? Double.NaN : (bms - ems) / denominator;
    }
}
