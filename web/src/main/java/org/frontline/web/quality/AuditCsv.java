package org.frontline.web.quality;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.frontline.qualityaudit.audit.Audit;
import org.frontline.qualityaudit.audit.UnitReview;

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
        StringWriter out = new StringWriter();
        try (CSVPrinter csv =
                CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (UnitReview item : units) {
                AuditUnitResponse row = AuditUnitResponse.from(item);
                csv.printRecord(
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
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
