package org.frontline.web.quality;

import java.util.List;
import org.frontline.qualityaudit.audit.AuditComparison;
import org.frontline.qualityaudit.audit.AuditReport;
import org.frontline.qualityaudit.audit.CriterionResult;
import org.frontline.qualityaudit.audit.Estimate;
import org.frontline.qualityaudit.audit.GroupResult;
import org.frontline.qualityaudit.sampling.Proportion;

/**
 * An audit's report as JSON: progress (interim until every sampled contact is reviewed), compliance rate and mean
 * score with their confidence intervals (design-weighted for stratified and fixed-count designs), per-criterion
 * failure rates, per-agent and per-team tables, disputes and their outcomes, and the change since the previous audit
 * on the same scorecard.
 */
public record AuditReportResponse(
        long auditId,
        String name,
        String state,
        String scorecardName,
        int scorecardVersion,
        String design,
        double confidence,
        long populationSize,
        int sampled,
        int reviewed,
        boolean interim,
        EstimateResponse compliance,
        EstimateResponse meanScore,
        List<CriterionResponse> criteria,
        List<GroupResponse> agents,
        List<GroupResponse> teams,
        DisputeSummaryResponse disputes,
        ComparisonResponse previous) {

    /** A figure, its interval, its standard error and how many reviews it rests on. */
    public record EstimateResponse(double value, double lower, double upper, double standardError, long reviewed) {
        static EstimateResponse from(Estimate e) {
            return new EstimateResponse(e.value(), e.lower(), e.upper(), e.standardError(), e.reviewed());
        }
    }

    /** A rate observed over a count, with its Wilson interval. */
    public record RateResponse(long count, long of, double rate, double lower, double upper) {
        static RateResponse from(Proportion p) {
            return new RateResponse(p.successes(), p.trials(), p.estimate(), p.lower(), p.upper());
        }
    }

    /** One criterion across the audit: failures are ratings at the bottom of its scale ("no"). */
    public record CriterionResponse(
            String section,
            String criterion,
            String scale,
            String critical,
            int rated,
            int notApplicable,
            RateResponse failureRate,
            Double meanShare) {
        static CriterionResponse from(CriterionResult c) {
            return new CriterionResponse(
                    c.section(),
                    c.criterion(),
                    c.scale().name(),
                    c.critical().name(),
                    c.rated(),
                    c.notApplicable(),
                    c.failureRate().map(RateResponse::from).orElse(null),
                    c.meanShare().orElse(null));
        }
    }

    /** An agent's (key: agent id) or team's (key: team id) results. */
    public record GroupResponse(String key, int sampled, int reviewed, RateResponse compliance, Double meanScore) {
        static GroupResponse from(GroupResult g) {
            return new GroupResponse(
                    g.key(),
                    g.sampled(),
                    g.reviewed(),
                    g.compliance().map(RateResponse::from).orElse(null),
                    g.meanScore().orElse(null));
        }
    }

    /** How the audit's reviews were disputed and how the decided disputes went. */
    public record DisputeSummaryResponse(int raised, int open, int upheld, int partlyAccepted, int overturned) {}

    /** The change in compliance since the previous complete audit on the same scorecard. */
    public record ComparisonResponse(
            long auditId, String name, double compliance, double change, Double pValue, boolean significant) {
        static ComparisonResponse from(AuditComparison c) {
            return new ComparisonResponse(
                    c.previousAuditId(),
                    c.previousAuditName(),
                    c.previousCompliance(),
                    c.change(),
                    c.pValue().orElse(null),
                    c.significant());
        }
    }

    static AuditReportResponse from(AuditReport report) {
        return new AuditReportResponse(
                report.audit().id(),
                report.audit().name(),
                report.audit().state().name(),
                report.scorecardName(),
                report.scorecardVersion(),
                report.audit().design().kind().name(),
                report.audit().confidence().level(),
                report.audit().populationSize(),
                report.sampled(),
                report.reviewed(),
                report.interim(),
                report.compliance().map(EstimateResponse::from).orElse(null),
                report.meanScore().map(EstimateResponse::from).orElse(null),
                report.criteria().stream().map(CriterionResponse::from).toList(),
                report.agents().stream().map(GroupResponse::from).toList(),
                report.teams().stream().map(GroupResponse::from).toList(),
                new DisputeSummaryResponse(
                        report.disputes().raised(),
                        report.disputes().open(),
                        report.disputes().upheld(),
                        report.disputes().partlyAccepted(),
                        report.disputes().overturned()),
                report.previous().map(ComparisonResponse::from).orElse(null));
    }
}
