package org.frontline.qualityaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Reservoir sampling (Algorithm L): k of N in one pass, every item equally likely, the same sample for the same seed. */
class ReservoirTest {

    private static Reservoir<Long> draw(int k, long n, long seed) {
        Reservoir<Long> reservoir = new Reservoir<>(k, seed);
        LongStream.range(0, n).forEach(reservoir::offer);
        return reservoir;
    }

    @Test
    void keepsEveryItemOfAStreamShorterThanTheSample() {
        Reservoir<Long> reservoir = draw(10, 4, 1);

        assertThat(reservoir.sample()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(reservoir.inclusionProbability()).isEqualTo(1.0);
    }

    @Test
    void drawsKDistinctItemsReproduciblyWithInclusionProbabilityKOverN() {
        Reservoir<Long> first = draw(50, 1_000_000, 42);
        Reservoir<Long> again = draw(50, 1_000_000, 42);

        assertThat(first.sample()).hasSize(50).doesNotHaveDuplicates();
        assertThat(again.sample()).isEqualTo(first.sample());
        assertThat(draw(50, 1_000_000, 43).sample()).isNotEqualTo(first.sample());
        assertThat(first.inclusionProbability()).isEqualTo(50.0 / 1_000_000);
        assertThat(first.sample()).allMatch(item -> item >= 0 && item < 1_000_000);
    }

    @Test
    void givesEveryItemTheSameChance() {
        int n = 20;
        int k = 5;
        int runs = 40_000;
        long[] picked = new long[n];
        for (int seed = 0; seed < runs; seed++) {
            draw(k, n, seed).sample().forEach(item -> picked[item.intValue()]++);
        }
        // Each item should be picked in k/n = 25% of runs: 10,000 ± about 87 (one standard deviation).
        double expected = (double) runs * k / n;
        double chiSquare = 0;
        for (long count : picked) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 19 degrees of freedom: the 99.9th percentile of chi-square is 43.8.
        assertThat(chiSquare).isLessThan(43.8);
    }
}
