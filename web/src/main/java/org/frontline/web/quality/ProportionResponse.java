package org.frontline.web.quality;

/** An observed proportion and its Wilson score interval at the confidence asked. */
public record ProportionResponse(
        long successes, long trials, double estimate, double lower, double upper, double confidence) {}
