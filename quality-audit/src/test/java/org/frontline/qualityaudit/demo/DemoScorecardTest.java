package org.frontline.qualityaudit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.Scale;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Scoring;
import org.junit.jupiter.api.Test;

class DemoScorecardTest {

    @Test
    void aFlawlessCallScoresFullMarksAndAnUnverifiedCallerFailsIt() {
        Scorecard scorecard = DemoScorecard.phoneQuality();
        Map<CriterionKey, Rating> best = new HashMap<>();
        scorecard
                .sections()
                .forEach(section -> section.criteria()
                        .forEach(criterion -> best.put(
                                new CriterionKey(section.name(), criterion.name()),
                                Rating.of(best(criterion.scale())))));

        assertThat(Scoring.score(scorecard, best).total()).isEqualTo(100.0);
        assertThat(Scoring.score(scorecard, best).passed()).isTrue();

        best.put(new CriterionKey("Opening", "Verified identity"), Rating.of(0));
        assertThat(Scoring.score(scorecard, best).autoFailed()).isTrue();
    }

    private static int best(Scale scale) {
        return switch (scale) {
            case YES_NO -> 1;
            case ONE_TO_FIVE -> 5;
            case ZERO_TO_TEN -> 10;
        };
    }
}
