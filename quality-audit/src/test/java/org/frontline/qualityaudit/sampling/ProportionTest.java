package org.frontline.qualityaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Wilson score intervals against the worked examples of R. G. Newcombe, "Two-sided confidence intervals for the
 * single proportion: comparison of seven methods", Statistics in Medicine 17 (1998) 857–872, Table II, method 3:
 * 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
 */
class ProportionTest {
    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    private static void assertWilson(long successes, long trials, double lower, double upper) {
        Proportion p = Proportion.wilson(successes, trials, NINETY_FIVE);
        assertThat(p.lower()).as("lower of %d/%d", successes, trials).isCloseTo(lower, within(5e-5));
        assertThat(p.upper()).as("upper of %d/%d", successes, trials).isCloseTo(upper, within(5e-5));
    }

    @Test
    void matchesNewcombesWorkedExamples() {
        assertWilson(81, 263, 0.2553, 0.3662);
        assertWilson(15, 148, 0.0624, 0.1605);
        assertWilson(0, 20, 0.0, 0.1611);
        assertWilson(1, 29, 0.0061, 0.1718);
    }

    @Test
    void twoOfTwoIsNotCertainty() {
        Proportion bob = Proportion.wilson(2, 2, NINETY_FIVE);

        assertThat(bob.estimate()).isEqualTo(1.0);
        assertThat(bob.lower()).isCloseTo(0.3424, within(5e-5));
        assertThat(bob.upper()).isEqualTo(1.0);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> Proportion.wilson(3, 2, NINETY_FIVE)).hasMessageContaining("3 of 2");
        assertThatThrownBy(() -> Proportion.wilson(0, 0, NINETY_FIVE)).hasMessageContaining("trials ≥ 1");
    }
}
