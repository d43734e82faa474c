package org.frontline.web.workforce;

import java.time.Instant;
import org.frontline.qualityaudit.competency.CompetencyStandard;

/** A team's competency standard as the API returns it. */
public record CompetencyStandardResponse(
        long teamId, long version, double qaScore, int ahtSeconds, int minContacts, Instant updatedAt) {

    static CompetencyStandardResponse from(CompetencyStandard s) {
        return new CompetencyStandardResponse(
                s.teamId(), s.version(), s.qaScore(), s.ahtSeconds(), s.minContacts(), s.updatedAt());
    }
}
