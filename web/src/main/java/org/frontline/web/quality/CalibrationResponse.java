package org.frontline.web.quality;

import java.util.List;
import org.frontline.qualityaudit.calibration.CalibrationSession;

/** A calibration session: its scorecard version, contacts, raters, expert and state. */
public record CalibrationResponse(
        long id,
        long version,
        String name,
        long scorecardId,
        String state,
        List<Long> contactIds,
        List<Long> raterIds,
        Long expertId,
        String createdAt,
        String closedAt) {

    static CalibrationResponse from(CalibrationSession s) {
        return new CalibrationResponse(
                s.id(),
                s.version(),
                s.name(),
                s.scorecardId(),
                s.state().name(),
                s.contacts(),
                s.raters(),
                s.expertId().orElse(null),
                s.createdAt().toString(),
                s.closedAt().map(Object::toString).orElse(null));
    }
}
