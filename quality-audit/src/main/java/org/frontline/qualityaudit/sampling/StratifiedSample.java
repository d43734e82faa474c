package org.frontline.qualityaudit.sampling;

import java.util.ArrayList;
import java.util.List;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Shares a sample of n among strata: every stratum first gets the minimum (or all it has), then the rest goes by the
 * allocation's weights, in whole contacts by largest remainder, never more than a stratum holds (what a full stratum
 * cannot take goes to the others). Each stratum's inclusion probability is its sample ÷ its size.
 */
public final class StratifiedSample {
    private StratifiedSample() {}

    /** One stratum's share of the sample. */
    public record Share(Stratum stratum, int sample) {
        public double inclusionProbability() {
            return stratum.size() == 0 ? 0 : (double) sample / stratum.size();
        }
    }

    public static List<Share> allocate(int n, List<Stratum> strata, Allocation allocation, int minimum) {
        long population = strata.stream().mapToLong(Stratum::size).sum();
        if (strata.isEmpty()) {
            throw new InvalidValueException("strata", "give at least one stratum");
        }
        if (n < 1 || n > population) {
            throw new InvalidValueException(
                    "sampleSize", "must be 1 to the population's " + population + " contacts, got " + n);
        }
        if (minimum < 0) {
            throw new InvalidValueException("minimumPerStratum", "must be 0 or more, got " + minimum);
        }
        int[] sample = new int[strata.size()];
        int fixed = 0;
        for (int i = 0; i < sample.length; i++) {
            sample[i] = (int) Math.min(minimum, strata.get(i).size());
            fixed += sample[i];
        }
        if (fixed > n) {
            throw new InvalidValueException(
                    "minimumPerStratum",
                    "a minimum of " + minimum + " per stratum needs " + fixed + " contacts, more than the sample of "
                            + n);
        }
        distribute(n - fixed, strata, allocation, sample);
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < sample.length; i++) {
            shares.add(new Share(strata.get(i), sample[i]));
        }
        return shares;
    }

    /** Gives out {@code rest} by weight among strata with room, by largest remainder, until all is given. */
    private static void distribute(int rest, List<Stratum> strata, Allocation allocation, int[] sample) {
        while (rest > 0) {
            double[] weight = new double[sample.length];
            double total = 0;
            for (int i = 0; i < sample.length; i++) {
                Stratum s = strata.get(i);
                if (sample[i] < s.size()) {
                    weight[i] = switch (allocation) {
                        case PROPORTIONAL -> s.size();
                        case EQUAL -> 1;
                        case NEYMAN -> s.size() * s.deviation();
                    };
                    total += weight[i];
                }
            }
            if (total == 0) {
                // Neyman with no variation left anywhere: share what remains in proportion to size.
                for (int i = 0; i < sample.length; i++) {
                    weight[i] = sample[i] < strata.get(i).size() ? strata.get(i).size() : 0;
                    total += weight[i];
                }
            }
            int given = 0;
            double[] remainder = new double[sample.length];
            for (int i = 0; i < sample.length; i++) {
                double exact = rest * weight[i] / total;
                int whole = (int) Math.min(Math.floor(exact), strata.get(i).size() - sample[i]);
                sample[i] += whole;
                given += whole;
                remainder[i] = sample[i] < strata.get(i).size() ? exact - Math.floor(exact) : -1;
            }
            int left = rest - given;
            while (left > 0) {
                int best = -1;
                for (int i = 0; i < sample.length; i++) {
                    if (remainder[i] >= 0 && (best < 0 || remainder[i] > remainder[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                sample[best]++;
                remainder[best] = sample[best] < strata.get(best).size() ? -0.5 : -1;
                left--;
                given++;
            }
            rest -= given;
        }
    }
}
