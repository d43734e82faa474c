package org.frontline.qualityaudit.audit;

import java.util.Optional;
import java.util.OptionalInt;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.sampling.Allocation;

/**
 * An audit's sample design. Simple random and stratified designs take either a sample size or a target precision (not
 * both); stratified and fixed-count designs name what they stratify by; fixed count takes how many per stratum.
 */
public record SampleDesign(
        DesignKind kind,
        Optional<StratifyBy> stratifyBy,
        Allocation allocation,
        int minimumPerStratum,
        OptionalInt perStratum,
        OptionalInt sampleSize,
        Optional<Precision> precision) {

    public SampleDesign {
        if (kind == null) {
            throw new InvalidValueException("design", "name the design: SIMPLE_RANDOM, STRATIFIED or FIXED_COUNT");
        }
        if (kind != DesignKind.SIMPLE_RANDOM && stratifyBy.isEmpty()) {
            throw new InvalidValueException("stratifyBy", "a " + kind + " design needs AGENT, TEAM or CHANNEL");
        }
        if (kind == DesignKind.SIMPLE_RANDOM && stratifyBy.isPresent()) {
            throw new InvalidValueException("stratifyBy", "a simple random sample has no strata");
        }
        if (kind == DesignKind.FIXED_COUNT) {
            if (perStratum.isEmpty() || perStratum.getAsInt() < 1) {
                throw new InvalidValueException("perStratum", "a fixed-count design needs 1 or more per stratum");
            }
            if (sampleSize.isPresent() || precision.isPresent()) {
                throw new InvalidValueException(
                        "sampleSize",
                        "a fixed-count design's size is perStratum × strata; give neither size nor precision");
            }
        } else if (sampleSize.isPresent() == precision.isPresent()) {
            throw new InvalidValueException(
                    "sampleSize",
                    "give either a sample size or a target precision (marginOfError), not both or neither");
        }
        if (sampleSize.isPresent() && sampleSize.getAsInt() < 1) {
            throw new InvalidValueException("sampleSize", "must be 1 or more, got " + sampleSize.getAsInt());
        }
        if (minimumPerStratum < 0) {
            throw new InvalidValueException("minimumPerStratum", "must be 0 or more, got " + minimumPerStratum);
        }
        if (allocation == null) {
            throw new InvalidValueException("allocation", "name the allocation: PROPORTIONAL, EQUAL or NEYMAN");
        }
    }

    /** The sample size for a population of this size: the one given, or the one the precision needs. */
    int sizeFor(long population) {
        int n = sampleSize.isPresent()
                ? sampleSize.getAsInt()
                : precision.orElseThrow().sampleSizeFor(population);
        if (n > population) {
            throw new InvalidValueException(
                    "sampleSize", "a sample of " + n + " is larger than the population of " + population + " contacts");
        }
        return n;
    }
}
