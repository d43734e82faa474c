package org.frontline.web.quality;

import java.util.List;
import org.frontline.qualityaudit.operations.QualityOperations;
import org.frontline.qualityaudit.operations.QualityOperationsRow;

/**
 * QA next to operations per agent or team (key: its id): reviews, mean score and pass rate; contacts, average handle
 * time in seconds; CSAT satisfied share (4-5) and mean; first-contact resolution; SLA compliance (cases without a
 * breach); every rate with its Wilson interval; and Pearson's r of mean score against handle time across the rows.
 */
public record QualityOperationsResponse(
        String groupBy, String from, String to, List<Row> rows, Double scoreVersusHandleTime, int correlatedRows) {

    /** One agent's or team's figures. */
    public record Row(
            long key,
            long reviews,
            Double meanScore,
            AuditReportResponse.RateResponse passRate,
            long contacts,
            Double averageHandleSeconds,
            AuditReportResponse.RateResponse csatSatisfied,
            Double meanCsat,
            AuditReportResponse.RateResponse firstContactResolution,
            AuditReportResponse.RateResponse slaCompliance) {

        static Row from(QualityOperationsRow r) {
            return new Row(
                    r.key(),
                    r.reviews(),
                    r.meanScore().orElse(null),
                    r.passRate().map(AuditReportResponse.RateResponse::from).orElse(null),
                    r.contacts(),
                    r.averageHandleSeconds().orElse(null),
                    r.satisfied().map(AuditReportResponse.RateResponse::from).orElse(null),
                    r.meanCsat().orElse(null),
                    r.firstContactResolution()
                            .map(AuditReportResponse.RateResponse::from)
                            .orElse(null),
                    r.slaCompliance()
                            .map(AuditReportResponse.RateResponse::from)
                            .orElse(null));
        }
    }

    static QualityOperationsResponse from(QualityOperations table, String from, String to) {
        return new QualityOperationsResponse(
                table.groupBy().name(),
                from,
                to,
                table.rows().stream().map(Row::from).toList(),
                table.scoreVersusHandleTime().orElse(null),
                table.correlatedRows());
    }
}
