package org.frontline.qualityaudit.sampling;

import java.util.OptionalLong;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * How many contacts to review to estimate a compliance proportion within a margin of error at a confidence (Cochran):
 * n₀ = z² p (1 − p) / e², and for a finite population of N, n = n₀ / (1 + (n₀ − 1) / N), rounded up.
 *
 * @param unlimited n₀, the size for an unlimited population
 * @param corrected n, after the finite population correction (n₀ when no population is given)
 */
public record SampleSize(int unlimited, int corrected, double z) {

    /**
     * @param margin the half-width wanted, e.g. 0.05 for ±5 points
     * @param expected the proportion expected (0.5 when unknown: the largest sample)
     */
    public static SampleSize forProportion(
            double margin, Confidence confidence, double expected, OptionalLong population) {
        if (!(margin > 0 && margin < 0.5)) {
            throw new InvalidValueException("marginOfError", "must be between 0 and 0.5 (e.g. 0.05), got " + margin);
        }
        if (!(expected > 0 && expected < 1)) {
            throw new InvalidValueException(
                    "expectedProportion", "must be between 0 and 1 (0.5 when unknown), got " + expected);
        }
        if (population.isPresent() && population.getAsLong() < 1) {
            throw new InvalidValueException("population", "must be 1 or more, got " + population.getAsLong());
        }
        double z = confidence.z();
        double n0 = z * z * expected * (1 - expected) / (margin * margin);
        double n = population.isPresent() ? n0 / (1 + (n0 - 1) / population.getAsLong()) : n0;
        return new SampleSize((int) Math.ceil(n0 - 1e-9), (int) Math.ceil(n - 1e-9), z);
    }
}
