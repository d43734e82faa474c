package org.frontline.web.quality;

/**
 * The contacts to review: {@code sampleSize} (after the finite population correction when a population was given),
 * {@code unlimitedSampleSize} (for an unlimited population), and the normal quantile used.
 */
public record SampleSizeResponse(
        int sampleSize,
        int unlimitedSampleSize,
        double z,
        double marginOfError,
        double confidence,
        double expectedProportion,
        Long population) {}
