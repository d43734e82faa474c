package org.frontline.qualityaudit.operations;

import java.util.Optional;
import org.frontline.qualityaudit.sampling.Proportion;

/**
 * One agent's or team's quality next to operations: reviews and mean QA score with the pass rate; contacts handled and
 * average handle time; CSAT (share 4-5 with its Wilson interval, and the mean); first-contact resolution and SLA
 * compliance with their intervals. A rate is absent where there is nothing to count.
 */
public record QualityOperationsRow(
        long key,
        long reviews,
        Optional<Double> meanScore,
        Optional<Proportion> passRate,
        long contacts,
        Optional<Double> averageHandleSeconds,
        Optional<Proportion> satisfied,
        Optional<Double> meanCsat,
        Optional<Proportion> firstContactResolution,
        Optional<Proportion> slaCompliance) {}
