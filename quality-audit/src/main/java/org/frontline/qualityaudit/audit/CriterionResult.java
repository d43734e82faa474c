package org.frontline.qualityaudit.audit;

import java.util.Optional;
import org.frontline.qualityaudit.sampling.Proportion;
import org.frontline.qualityaudit.scorecard.Criticality;
import org.frontline.qualityaudit.scorecard.Scale;

/**
 * How one criterion fared across an audit's reviews: how often it was rated or N/A, how often it failed (rated at the
 * bottom of its scale, a "no") with the Wilson interval of that rate, and its mean rating as a share of the scale.
 */
public record CriterionResult(
        String section,
        String criterion,
        Scale scale,
        Criticality critical,
        int rated,
        int notApplicable,
        Optional<Proportion> failureRate,
        Optional<Double> meanShare) {}
