package org.frontline.qualityaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Cochran's sample size (W. G. Cochran, Sampling Techniques, 3rd ed., 1977, §4.4–4.5): the textbook figures 385 for
 * ±5% at 95% (p = 0.5), 278 once a population of 1,000 is corrected for, and 1,844 for ±3% at 99%.
 */
class SampleSizeTest {
    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    @Test
    void givesTheTextbookSizes() {
        SampleSize unlimited = SampleSize.forProportion(0.05, NINETY_FIVE, 0.5, OptionalLong.empty());
        // n0 = 1.96² × 0.5 × 0.5 / 0.05² = 384.15 → 385.
        assertThat(unlimited.z()).isCloseTo(1.959964, within(1e-6));
        assertThat(unlimited.unlimited()).isEqualTo(385);
        assertThat(unlimited.corrected()).isEqualTo(385);

        // n = 384.15 / (1 + 383.15 / 1000) = 277.73 → 278.
        assertThat(SampleSize.forProportion(0.05, NINETY_FIVE, 0.5, OptionalLong.of(1_000))
                        .corrected())
                .isEqualTo(278);

        // n0 = 2.5758² × 0.25 / 0.03² = 1843.03 → 1844.
        assertThat(SampleSize.forProportion(0.03, new Confidence(0.99), 0.5, OptionalLong.empty())
                        .unlimited())
                .isEqualTo(1_844);
    }

    @Test
    void needsFewerWhenTheProportionIsExpectedFarFromAHalfAndNeverMoreThanThePopulation() {
        assertThat(SampleSize.forProportion(0.05, NINETY_FIVE, 0.9, OptionalLong.empty())
                        .unlimited())
                .as("1.96² × 0.09 / 0.0025 = 138.3")
                .isEqualTo(139);
        assertThat(SampleSize.forProportion(0.01, NINETY_FIVE, 0.5, OptionalLong.of(50))
                        .corrected())
                .isLessThanOrEqualTo(50);
    }

    @Test
    void refusesTargetsThatMeanNothing() {
        assertThatThrownBy(() -> new Confidence(1.0)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> SampleSize.forProportion(0, NINETY_FIVE, 0.5, OptionalLong.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be between 0 and 0.5")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("marginOfError");
        assertThatThrownBy(() -> SampleSize.forProportion(0.05, NINETY_FIVE, 0.5, OptionalLong.of(0)))
                .hasMessageContaining("must be 1 or more, got 0");
    }
}
