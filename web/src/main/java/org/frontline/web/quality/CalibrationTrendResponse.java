package org.frontline.web.quality;

/** One session's headline agreement, for the trend over sessions on a scorecard. */
public record CalibrationTrendResponse(
        long sessionId,
        String name,
        String state,
        String createdAt,
        int submitted,
        CalibrationReportResponse.FigureResponse totalAlpha,
        CalibrationReportResponse.FigureResponse intraclassCorrelation) {

    static CalibrationTrendResponse from(CalibrationReportResponse report, String createdAt) {
        return new CalibrationTrendResponse(
                report.sessionId(),
                report.name(),
                report.state(),
                createdAt,
                report.submitted(),
                report.totalAlpha(),
                report.intraclassCorrelation());
    }
}
