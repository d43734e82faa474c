package org.frontline.web.quality;

import java.util.List;
import org.frontline.qualityaudit.calibration.AgreementReport;
import org.frontline.qualityaudit.calibration.CalibrationResult;
import org.frontline.qualityaudit.calibration.CriterionAgreement;
import org.frontline.qualityaudit.calibration.Figure;
import org.frontline.qualityaudit.calibration.RaterBias;

/**
 * A calibration session's agreement: per criterion Krippendorff's alpha (at the criterion's level) and Fleiss' kappa,
 * on total scores alpha (interval) and ICC(2,1), each with a 95% bootstrap interval and the units it rests on (absent
 * where undefined: too few units, or no variation); each rater's bias and spread against the expert (or the others);
 * the contacts with the most disagreement first.
 */
public record CalibrationReportResponse(
        long sessionId,
        String name,
        String state,
        String scorecardName,
        int scorecardVersion,
        int submitted,
        String biasReference,
        List<CriterionResponse> criteria,
        FigureResponse totalAlpha,
        FigureResponse intraclassCorrelation,
        List<RaterResponse> raters,
        List<DisagreementResponse> disagreements) {

    /** A coefficient, its interval and the units it rests on. */
    public record FigureResponse(Double value, Double lower, Double upper, int units) {
        static FigureResponse from(Figure f) {
            return new FigureResponse(number(f.value()), number(f.lower()), number(f.upper()), f.units());
        }
    }

    /** Agreement on one criterion. */
    public record CriterionResponse(
            String section, String criterion, String level, FigureResponse alpha, FigureResponse kappa) {
        static CriterionResponse from(CriterionAgreement a) {
            return new CriterionResponse(
                    a.section(),
                    a.criterion(),
                    a.level().name(),
                    FigureResponse.from(a.alpha()),
                    FigureResponse.from(a.kappa()));
        }
    }

    /** A rater's mean deviation (bias) and its standard deviation (spread), in score points, over their contacts. */
    public record RaterResponse(long raterId, int contacts, double bias, double spread) {}

    /** One contact's spread of total scores. */
    public record DisagreementResponse(long contactId, int scores, double lowest, double highest, double deviation) {}

    static CalibrationReportResponse from(CalibrationResult result) {
        AgreementReport report = result.agreement();
        return new CalibrationReportResponse(
                result.session().id(),
                result.session().name(),
                result.session().state().name(),
                result.scorecardName(),
                result.scorecardVersion(),
                result.submitted(),
                result.session().expertId().map(e -> "EXPERT").orElse("CONSENSUS"),
                report.criteria().stream().map(CriterionResponse::from).toList(),
                FigureResponse.from(report.totalAlpha()),
                FigureResponse.from(report.intraclassCorrelation()),
                report.raters().stream().map(r -> rater(r, result.raterIds())).toList(),
                report.disagreements().stream()
                        .map(d -> new DisagreementResponse(
                                result.contactIds().get(d.unit()), d.scores(), d.lowest(), d.highest(), d.deviation()))
                        .toList());
    }

    private static RaterResponse rater(RaterBias bias, List<Long> raterIds) {
        return new RaterResponse(raterIds.get(bias.rater()), bias.units(), bias.bias(), bias.spread());
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
