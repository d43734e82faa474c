package org.frontline.qualityaudit.sampling;

import org.frontline.core.domain.shared.InvalidValueException;

/**
 * One stratum of a population (an agent's, a team's or a channel's contacts): its name, its size, and for Neyman
 * allocation the standard deviation expected of the result in it (0.5 for an unknown proportion).
 */
public record Stratum(String name, long size, double deviation) {

    public Stratum {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("strata", "a stratum needs a name");
        }
        if (size < 0) {
            throw new InvalidValueException("strata", name + ": size must be 0 or more, got " + size);
        }
        if (!(deviation >= 0) || !Double.isFinite(deviation)) {
            throw new InvalidValueException("strata", name + ": deviation must be 0 or more, got " + deviation);
        }
    }
}
