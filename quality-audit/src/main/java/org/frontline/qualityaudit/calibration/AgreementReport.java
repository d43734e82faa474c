package org.frontline.qualityaudit.calibration;

import java.util.List;

/**
 * What a calibration shows: agreement per criterion, on total scores (alpha at interval level, and ICC(2,1)), each
 * rater's bias and spread, and the units with the most disagreement first.
 */
public record AgreementReport(
        List<CriterionAgreement> criteria,
        Figure totalAlpha,
        Figure intraclassCorrelation,
        List<RaterBias> raters,
        List<UnitDisagreement> disagreements) {

    public AgreementReport {
        criteria = List.copyOf(criteria);
        raters = List.copyOf(raters);
        disagreements = List.copyOf(disagreements);
    }
}
