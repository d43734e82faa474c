package org.frontline.qualityaudit.audit;

import java.util.List;
import java.util.Locale;
import org.frontline.qualityaudit.review.ReviewText;

/**
 * A completed audit's canonical text for the hash chain: how it was drawn, its results at completion, and each
 * sampled contact with the review it was judged by.
 */
public final class AuditText {
    private AuditText() {}

    public static String of(AuditReport report, List<UnitReview> units) {
        Audit audit = report.audit();
        StringBuilder text = new StringBuilder()
                .append("audit ")
                .append(audit.id())
                .append("\nname ")
                .append(ReviewText.escaped(audit.name()))
                .append("\nscorecard ")
                .append(audit.scorecardId())
                .append("\nseed ")
                .append(audit.seed())
                .append("\nthroughContact ")
                .append(audit.population().frozen().orElseThrow().throughContactId())
                .append("\npopulation ")
                .append(audit.populationSize())
                .append("\nsampled ")
                .append(report.sampled())
                .append("\nreviewed ")
                .append(report.reviewed())
                .append("\ncompliance ")
                .append(report.compliance()
                        .map(e -> String.format(Locale.ROOT, "%.6f [%.6f, %.6f]", e.value(), e.lower(), e.upper()))
                        .orElse("-"))
                .append("\nmeanScore ")
                .append(report.meanScore()
                        .map(e -> String.format(Locale.ROOT, "%.6f [%.6f, %.6f]", e.value(), e.lower(), e.upper()))
                        .orElse("-"))
                .append("\ncompletedAt ")
                .append(audit.completedAt().map(Object::toString).orElse("-"));
        for (UnitReview unit : units) {
            text.append("\nunit ")
                    .append(unit.unit().contactId())
                    .append(" review ")
                    .append(unit.review().map(r -> String.valueOf(r.id())).orElse("-"))
                    .append(" passed ")
                    .append(unit.review().map(r -> String.valueOf(r.passed())).orElse("-"));
        }
        return text.toString();
    }
}
