package org.frontline.qualityaudit.sampling;

import org.frontline.core.domain.shared.InvalidValueException;

/**
 * An observed proportion (e.g. compliant reviews) with its Wilson score interval, which stays inside [0, 1] and is
 * honest on small samples: 2 of 2 compliant is 100% observed, but the 95% interval runs from 34% to 100%.
 */
public record Proportion(long successes, long trials, double estimate, double lower, double upper) {

    public static Proportion wilson(long successes, long trials, Confidence confidence) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new InvalidValueException(
                    "trials", "need 0 ≤ successes ≤ trials and trials ≥ 1, got " + successes + " of " + trials);
        }
        double p = (double) successes / trials;
        Interval interval = Interval.wilson(p, trials, confidence.z());
        return new Proportion(successes, trials, p, interval.lower(), interval.upper());
    }
}
