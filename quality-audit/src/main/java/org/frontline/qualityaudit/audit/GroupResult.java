package org.frontline.qualityaudit.audit;

import java.util.Optional;
import org.frontline.qualityaudit.sampling.Proportion;

/**
 * An agent's or team's results in an audit: contacts sampled and reviewed, the compliance rate with its Wilson
 * interval (wide when few were reviewed, as it should be), and the mean score.
 */
public record GroupResult(
        String key, int sampled, int reviewed, Optional<Proportion> compliance, Optional<Double> meanScore) {}
