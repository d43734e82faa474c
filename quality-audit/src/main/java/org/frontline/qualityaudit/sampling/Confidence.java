package org.frontline.qualityaudit.sampling;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.frontline.core.domain.shared.InvalidValueException;

/** A confidence level, strictly between 0 and 1, and its two-sided normal quantile. */
public record Confidence(double level) {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    public Confidence {
        if (!(level > 0 && level < 1)) {
            throw new InvalidValueException("confidence", "must be between 0 and 1 (e.g. 0.95), got " + level);
        }
    }

    /** z such that a standard normal lies within ±z with this probability (1.96 for 95%). */
    public double z() {
        return STANDARD.inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
