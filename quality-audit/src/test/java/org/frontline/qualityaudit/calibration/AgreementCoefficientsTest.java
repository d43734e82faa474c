package org.frontline.qualityaudit.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The agreement coefficients against their published worked examples, for both the library's estimate and the
 * resampling path (which must agree with it on the sample itself).
 */
class AgreementCoefficientsTest {
    private static final double N = Double.NaN;

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), §C: 4 observers, 12 units, values 1-5 with
     * missing data. Published: nominal α = 0.743, ordinal α = 0.815, interval α = 0.849.
     */
    private static final RatingGrid KRIPPENDORFF_2011 = byUnit(new double[][] {
        {1, 1, N, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
        {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {N, 5, 5, 5}, {N, N, 1, 1}, {N, 3, N, N}
    });

    /**
     * Shrout and Fleiss (1979), Table 2: 6 targets scored by 4 judges. Published: ICC(2,1) = 0.29.
     */
    private static final RatingGrid SHROUT_FLEISS_1979 = byUnit(
            new double[][] {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}});

    private static RatingGrid byUnit(double[][] values) {
        return new RatingGrid(values);
    }

    private static int[] once(int units) {
        int[] weights = new int[units];
        Arrays.fill(weights, 1);
        return weights;
    }

    /**
     * Fleiss (1971) as reworked on Wikipedia's "Fleiss' kappa" page: 10 subjects, 14 raters, 5 categories, given as
     * how many raters chose each category; published κ = 0.210. Raters are interchangeable for kappa, so each
     * subject's ratings are laid out category by category.
     */
    private static RatingGrid fleiss1971() {
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
        };
        double[][] values = new double[counts.length][14];
        for (int s = 0; s < counts.length; s++) {
            int rater = 0;
            for (int category = 0; category < 5; category++) {
                for (int i = 0; i < counts[s][category]; i++) {
                    values[s][rater++] = category + 1;
                }
            }
        }
        return new RatingGrid(values);
    }

    @Test
    void krippendorffsAlphaMatchesHisWorkedExampleAtEachLevel() {
        assertThat(KrippendorffAlpha.of(KRIPPENDORFF_2011, MeasurementLevel.NOMINAL))
                .isCloseTo(0.743, within(5e-4));
        assertThat(KrippendorffAlpha.of(KRIPPENDORFF_2011, MeasurementLevel.ORDINAL))
                .isCloseTo(0.815, within(5e-4));
        assertThat(KrippendorffAlpha.of(KRIPPENDORFF_2011, MeasurementLevel.INTERVAL))
                .isCloseTo(0.849, within(5e-4));
    }

    @Test
    void theResamplingPathGivesTheLibrarysAlphaOnTheSampleItself() {
        for (MeasurementLevel level : MeasurementLevel.values()) {
            assertThat(new KrippendorffAlpha(KRIPPENDORFF_2011, level).resampled(once(12)))
                    .as(level.name())
                    .isCloseTo(KrippendorffAlpha.of(KRIPPENDORFF_2011, level), within(1e-12));
        }
    }

    @Test
    void fleissKappaMatchesFleiss1971() {
        RatingGrid grid = fleiss1971();

        assertThat(FleissKappa.of(grid)).isCloseTo(0.210, within(5e-4));
        assertThat(new FleissKappa(grid).resampled(once(10))).isCloseTo(FleissKappa.of(grid), within(1e-12));
    }

    @Test
    void theIntraclassCorrelationMatchesShroutAndFleiss() {
        assertThat(new IntraclassCorrelation(SHROUT_FLEISS_1979).estimate()).isCloseTo(0.29, within(5e-3));
    }

    @Test
    void unitsWithASingleRatingOrMissingRatersDropOutOfWhatNeedsThem() {
        assertThat(new FleissKappa(KRIPPENDORFF_2011).units()).isEqualTo(8);
        assertThat(new IntraclassCorrelation(KRIPPENDORFF_2011).units()).isEqualTo(8);
        RatingGrid unanimous = byUnit(new double[][] {{1, 1}, {1, 1}});
        assertThat(KrippendorffAlpha.of(unanimous, MeasurementLevel.NOMINAL)).isNaN();
    }
}
