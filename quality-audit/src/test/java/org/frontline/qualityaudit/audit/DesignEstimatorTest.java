package org.frontline.qualityaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.sampling.Proportion;
import org.junit.jupiter.api.Test;

/** Audit estimates by design: plain Wilson for a simple random sample, stratum-weighted otherwise. */
class DesignEstimatorTest {
    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    private static List<UnitResult> observations(String stratum, int passed, int failed, double score) {
        List<UnitResult> list = new ArrayList<>();
        for (int i = 0; i < passed + failed; i++) {
            list.add(new UnitResult(stratum, i < passed, OptionalDouble.of(score + (i % 2 == 0 ? 10 : -10))));
        }
        return list;
    }

    @Test
    void aSimpleRandomSampleReportsTheWilsonIntervalOfItsRate() {
        List<UnitResult> reviewed = observations("all", 18, 2, 80);

        Estimate compliance = DesignEstimator.compliance(
                        reviewed, List.of(new StratumDraw("all", 5000, 20)), false, NINETY_FIVE)
                .orElseThrow();

        Proportion wilson = Proportion.wilson(18, 20, NINETY_FIVE);
        assertThat(compliance.value()).isEqualTo(0.9);
        assertThat(compliance.lower()).isEqualTo(wilson.lower());
        assertThat(compliance.upper()).isEqualTo(wilson.upper());
        assertThat(compliance.reviewed()).isEqualTo(20);
    }

    @Test
    void aStratifiedSampleWeighsEachStratumByItsPopulationShare() {
        // Cochran (1977) §5.3 by hand: A holds 800 contacts, 10 reviewed, 8 passed; B holds 200, 10 reviewed, 5.
        // p = 0.8 × 0.8 + 0.2 × 0.5 = 0.74, whereas the unweighted share would be 13/20 = 0.65.
        // v = 0.8² (1 − 10/800) (10/9 × 0.16) / 10 + 0.2² (1 − 10/200) (10/9 × 0.25) / 10 = 0.0122911.
        List<UnitResult> reviewed = new ArrayList<>(observations("A", 8, 2, 80));
        reviewed.addAll(observations("B", 5, 5, 60));
        List<StratumDraw> strata = List.of(new StratumDraw("A", 800, 10), new StratumDraw("B", 200, 10));

        Estimate compliance =
                DesignEstimator.compliance(reviewed, strata, true, NINETY_FIVE).orElseThrow();
        Estimate score =
                DesignEstimator.meanScore(reviewed, strata, true, NINETY_FIVE).orElseThrow();

        assertThat(compliance.value()).isCloseTo(0.74, within(1e-12));
        assertThat(compliance.standardError())
                .isCloseTo(
                        Math.sqrt(0.64 * (1 - 10 / 800.0) * (10 / 9.0 * 0.16) / 10
                                + 0.04 * 0.95 * (10 / 9.0 * 0.25) / 10),
                        within(1e-12));
        assertThat(compliance.lower()).isLessThan(0.74);
        assertThat(compliance.upper()).isGreaterThan(0.74).isLessThanOrEqualTo(1);
        assertThat(score.value()).isCloseTo(0.8 * 80 + 0.2 * 60, within(1e-9));
    }

    @Test
    void strataWithoutAReviewYetAreLeftOutOfInterimFigures() {
        List<StratumDraw> strata = List.of(new StratumDraw("A", 800, 10), new StratumDraw("B", 200, 10));

        Estimate compliance = DesignEstimator.compliance(observations("A", 3, 1, 80), strata, true, NINETY_FIVE)
                .orElseThrow();

        assertThat(compliance.value()).isEqualTo(0.75);
        assertThat(DesignEstimator.compliance(List.of(), strata, true, NINETY_FIVE))
                .isEmpty();
    }
}
