package org.frontline.qualityaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stratified allocation: proportional, equal and Neyman shares, minimums, full strata, whole contacts that add up. */
class StratifiedSampleTest {
    private static final List<Stratum> AGENTS =
            List.of(new Stratum("Ana", 500, 10), new Stratum("Ben", 300, 20), new Stratum("Eva", 200, 40));

    private static List<Integer> shares(int n, List<Stratum> strata, Allocation allocation, int minimum) {
        return StratifiedSample.allocate(n, strata, allocation, minimum).stream()
                .map(StratifiedSample.Share::sample)
                .toList();
    }

    @Test
    void sharesInProportionToSize() {
        // 100 × 500/1000, 300/1000, 200/1000.
        assertThat(shares(100, AGENTS, Allocation.PROPORTIONAL, 0)).containsExactly(50, 30, 20);
        assertThat(StratifiedSample.allocate(100, AGENTS, Allocation.PROPORTIONAL, 0)
                        .getFirst()
                        .inclusionProbability())
                .isEqualTo(0.1);
    }

    @Test
    void sharesEquallyByLargestRemainder() {
        // 100 / 3 = 33.33 each: 33 + 33 + 33 = 99, the one left goes to the first of the equal remainders.
        assertThat(shares(100, AGENTS, Allocation.EQUAL, 0)).containsExactly(34, 33, 33);
    }

    @Test
    void neymanGivesMoreWhereResultsVaryMore() {
        // N×S: 5,000, 6,000, 8,000 of 19,000 → 26.32, 31.58, 42.11 → 26, 31, 42 (99), the largest remainder
        // (0.58) gets the last: 26, 32, 42.
        assertThat(shares(100, AGENTS, Allocation.NEYMAN, 0)).containsExactly(26, 32, 42);
    }

    @Test
    void everyStratumGetsItsMinimumFirst() {
        // 30 each (90), the other 10 in proportion: 5, 3, 2.
        assertThat(shares(100, AGENTS, Allocation.PROPORTIONAL, 30)).containsExactly(35, 33, 32);
    }

    @Test
    void aSmallStratumGivesAllItHasAndTheRestGoesElsewhere() {
        List<Stratum> lopsided = List.of(new Stratum("Ana", 1_000, 0.5), new Stratum("New hire", 4, 0.5));

        assertThat(shares(40, lopsided, Allocation.EQUAL, 0)).containsExactly(36, 4);
        assertThat(shares(40, lopsided, Allocation.PROPORTIONAL, 10)).containsExactly(36, 4);
    }

    @Test
    void refusesASampleLargerThanThePopulationOrMinimumsItCannotHold() {
        assertThatThrownBy(() -> StratifiedSample.allocate(1_001, AGENTS, Allocation.EQUAL, 0))
                .hasMessageContaining("must be 1 to the population's 1000 contacts, got 1001");
        assertThatThrownBy(() -> StratifiedSample.allocate(50, AGENTS, Allocation.EQUAL, 20))
                .hasMessageContaining("needs 60 contacts, more than the sample of 50");
    }
}
