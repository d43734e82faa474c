package org.frontline.qualityaudit.audit;

import java.util.OptionalLong;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.sampling.SampleSize;

/** The precision an audit wants on its compliance rate: ± margin at a confidence, for an expected proportion. */
public record Precision(double margin, Confidence confidence, double expected) {

    /** The sample size that reaches it in a population of this size (Cochran, finite population corrected). */
    public int sampleSizeFor(long population) {
        return SampleSize.forProportion(margin, confidence, expected, OptionalLong.of(population))
                .corrected();
    }
}
