package org.frontline.qualityaudit.calibration;

import java.util.List;

/**
 * A session's results: its scorecard, how many submitted scores are in, and the agreement report, whose rater and
 * unit indices map to {@code raterIds} and {@code contactIds}.
 */
public record CalibrationResult(
        CalibrationSession session,
        String scorecardName,
        int scorecardVersion,
        int submitted,
        AgreementReport agreement) {

    public List<Long> raterIds() {
        return session.raters();
    }

    public List<Long> contactIds() {
        return session.contacts();
    }
}
