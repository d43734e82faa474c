package org.frontline.web.quality;

import java.util.Arrays;
import java.util.List;
import org.frontline.qualityaudit.audit.Audit;
import org.frontline.qualityaudit.audit.UnitReview;
import org.frontline.web.platform.CsvText;

/**
 * An audit's sample as CSV, one row per sampled contact with its stratum, inclusion probability, analyst and review
 * result: what an auditor needs to re-derive the sample and recompute every figure of the report.
 */
final class AuditCsv {
    private static final String[] HEADER = {
        "audit_id",
        "contact_id",
        "agent_id",
        "team_id",
        "stratum",
        "inclusion_probability",
        "analyst_id",
        "review_state",
        "review_id",
        "total_score",
        "passed"
    };

    private AuditCsv() {}

    static String of(Audit audit, List<UnitReview> units) {
        return CsvText.of(
                Arrays.asList(HEADER),
                units.stream()
                        .map(item -> {
                            AuditUnitResponse row = AuditUnitResponse.from(item);
                            return Arrays.<Object>asList(
                                    audit.id(),
                                    row.contactId(),
                                    row.agentId(),
                                    row.teamId(),
                                    row.stratum(),
                                    row.inclusionProbability(),
                                    row.analystId(),
                                    row.reviewState(),
                                    row.reviewId(),
                                    row.totalScore(),
                                    row.passed());
                        })
                        .toList());
    }
}
