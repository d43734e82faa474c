package org.frontline.web.quality;

import java.util.Optional;
import java.util.OptionalInt;
import org.frontline.qualityaudit.audit.DesignKind;
import org.frontline.qualityaudit.audit.Precision;
import org.frontline.qualityaudit.audit.SampleDesign;
import org.frontline.qualityaudit.audit.StratifyBy;
import org.frontline.qualityaudit.sampling.Allocation;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.web.platform.RequestParameters;

/**
 * A sample design as sent and shown: kind (SIMPLE_RANDOM, STRATIFIED, FIXED_COUNT), stratifyBy (AGENT, TEAM,
 * CHANNEL), allocation (PROPORTIONAL by default, EQUAL, NEYMAN), minimumPerStratum, perStratum (fixed count), and
 * either sampleSize or a target precision: marginOfError with confidence (0.95 by default) and expectedProportion
 * (0.5 by default).
 */
public record DesignPayload(
        String kind,
        String stratifyBy,
        String allocation,
        Integer minimumPerStratum,
        Integer perStratum,
        Integer sampleSize,
        Double marginOfError,
        Double confidence,
        Double expectedProportion) {

    SampleDesign toDesign(Confidence level) {
        return new SampleDesign(
                RequestParameters.enumeration("design.kind", kind, DesignKind.class)
                        .orElse(null),
                RequestParameters.enumeration("stratifyBy", stratifyBy, StratifyBy.class),
                RequestParameters.enumeration("allocation", allocation, Allocation.class)
                        .orElse(Allocation.PROPORTIONAL),
                Optional.ofNullable(minimumPerStratum).orElse(0),
                optional(perStratum),
                optional(sampleSize),
                Optional.ofNullable(marginOfError)
                        .map(margin -> new Precision(
                                margin,
                                level,
                                Optional.ofNullable(expectedProportion).orElse(0.5))));
    }

    static DesignPayload from(SampleDesign design, Confidence level) {
        return new DesignPayload(
                design.kind().name(),
                design.stratifyBy().map(Enum::name).orElse(null),
                design.allocation().name(),
                design.minimumPerStratum(),
                boxed(design.perStratum()),
                boxed(design.sampleSize()),
                design.precision().map(Precision::margin).orElse(null),
                level.level(),
                design.precision().map(Precision::expected).orElse(null));
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
