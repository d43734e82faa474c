package org.frontline.qualityaudit.calibration;

/** How well raters agreed on one criterion: Krippendorff's alpha at its level, and Fleiss' kappa on its values. */
public record CriterionAgreement(
        String section, String criterion, MeasurementLevel level, Figure alpha, Figure kappa) {}
