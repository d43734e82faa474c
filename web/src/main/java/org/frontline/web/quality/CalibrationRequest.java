package org.frontline.web.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.calibration.CalibrationPlan;

/**
 * A calibration session to open: name, scorecard (latest version unless one is named), the contacts to score, the
 * raters (agent ids of analysts and team leads) and, optionally, the expert among them whose scores are the reference.
 */
public record CalibrationRequest(
        String name,
        String scorecardName,
        Integer scorecardVersion,
        List<Long> contactIds,
        List<Long> raterIds,
        Long expertId) {

    CalibrationPlan toPlan() {
        if (scorecardName == null || scorecardName.isBlank()) {
            throw new InvalidValueException("scorecardName", "name the scorecard the session scores against");
        }
        return new CalibrationPlan(
                name,
                scorecardName,
                Optional.ofNullable(scorecardVersion),
                ids("contactIds", contactIds),
                ids("raterIds", raterIds),
                Optional.ofNullable(expertId));
    }

    private static List<Long> ids(String field, List<Long> ids) {
        if (ids == null || ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "list the ids, without nulls");
        }
        return ids;
    }
}
