package org.frontline.web.quality;

import org.frontline.qualityaudit.sampling.StratifiedSample;

/** One stratum's share of the sample and the chance each of its contacts has of being drawn. */
public record AllocationResponse(String name, long size, int sample, double inclusionProbability) {

    static AllocationResponse from(StratifiedSample.Share share) {
        return new AllocationResponse(
                share.stratum().name(), share.stratum().size(), share.sample(), share.inclusionProbability());
    }
}
