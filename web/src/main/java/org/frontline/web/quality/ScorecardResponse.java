package org.frontline.web.quality;

import java.time.Instant;
import java.util.List;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.StoredScorecard;

/** One version of a scorecard as stored. */
public record ScorecardResponse(
        long id, String name, int version, double passMark, List<SectionPayload> sections, Instant createdAt) {

    static ScorecardResponse from(StoredScorecard stored) {
        Scorecard scorecard = stored.scorecard();
        return new ScorecardResponse(
                stored.id(),
                stored.name(),
                stored.versionNumber(),
                scorecard.passMark(),
                scorecard.sections().stream()
                        .map(s -> new SectionPayload(
                                s.name(),
                                s.weight(),
                                s.criteria().stream()
                                        .map(c -> new CriterionPayload(
                                                c.name(),
                                                c.weight(),
                                                c.scale().name(),
                                                c.critical().name(),
                                                c.bonus()))
                                        .toList()))
                        .toList(),
                stored.createdAt());
    }
}
