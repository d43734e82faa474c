package org.frontline.qualityaudit.audit;

import java.util.Optional;

/**
 * This audit's compliance rate against the previous complete audit on the same scorecard: the change, and whether it
 * is more than chance (a two-sided z test on the difference of two independent estimates; no p-value when neither
 * varies).
 */
public record AuditComparison(
        long previousAuditId,
        String previousAuditName,
        double previousCompliance,
        double change,
        Optional<Double> pValue,
        boolean significant) {}
