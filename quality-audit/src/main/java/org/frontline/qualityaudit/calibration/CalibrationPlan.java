package org.frontline.qualityaudit.calibration;

import java.util.List;
import java.util.Optional;

/**
 * A calibration session to hold: its name, scorecard (the latest version unless one is named), the contacts to score,
 * the raters (analysts and team leads, by agent id) and optionally the expert among them.
 */
public record CalibrationPlan(
        String name,
        String scorecardName,
        Optional<Integer> scorecardVersion,
        List<Long> contactIds,
        List<Long> raterIds,
        Optional<Long> expertId) {

    public CalibrationPlan {
        contactIds = List.copyOf(contactIds);
        raterIds = List.copyOf(raterIds);
    }
}
