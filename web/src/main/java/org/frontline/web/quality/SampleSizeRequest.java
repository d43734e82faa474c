package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a QA lead wants from an audit's sample: the margin of error on the compliance rate (e.g. 0.05), the confidence
 * (0.95 by default), the compliance expected (0.5 by default: the safest), and the population size when known.
 */
public record SampleSizeRequest(
        @NotNull Double marginOfError, Double confidence, Double expectedProportion, Long population) {

    double confidenceOrDefault() {
        return Optional.ofNullable(confidence).orElse(0.95);
    }

    double expectedOrDefault() {
        return Optional.ofNullable(expectedProportion).orElse(0.5);
    }

    OptionalLong populationIfKnown() {
        return population == null ? OptionalLong.empty() : OptionalLong.of(population);
    }
}
