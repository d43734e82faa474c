package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.frontline.qualityaudit.sampling.Allocation;
import org.frontline.qualityaudit.sampling.Stratum;
import org.frontline.web.platform.RequestParameters;

/**
 * A stratified sample to share out: its size, the allocation (PROPORTIONAL by default, EQUAL or NEYMAN), a minimum
 * per stratum (0 by default), and the strata with their sizes (and for Neyman their expected deviation, 0.5 by
 * default).
 */
public record AllocationRequest(
        @NotNull Integer sampleSize,
        String allocation,
        Integer minimumPerStratum,
        @NotNull List<@Valid StratumPayload> strata) {

    /** A stratum as sent. */
    public record StratumPayload(
            @NotNull String name, @NotNull Long size, Double deviation) {}

    Allocation allocationOrDefault() {
        return RequestParameters.enumeration("allocation", allocation, Allocation.class)
                .orElse(Allocation.PROPORTIONAL);
    }

    int minimum() {
        return Optional.ofNullable(minimumPerStratum).orElse(0);
    }

    List<Stratum> toStrata() {
        return strata.stream()
                .map(s -> new Stratum(
                        s.name(), s.size(), Optional.ofNullable(s.deviation()).orElse(0.5)))
                .toList();
    }
}
