package org.frontline.qualityaudit.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Criticality;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;

/**
 * Which criteria of a submitted review call for coaching: every critical item rated at the bottom of its scale, and
 * every other regular criterion scoring below {@value #LOW_SHARE} of its scale. Bonus items and N/A never do.
 */
public final class CoachingRules {
    /** Below half of its scale a criterion is a low score. */
    static final double LOW_SHARE = 0.5;

    private CoachingRules() {}

    public static List<CoachingFinding> findings(Scorecard scorecard, Review review) {
        Map<CriterionKey, ReviewRating> ratings =
                review.ratings().stream().collect(Collectors.toMap(ReviewRating::key, Function.identity()));
        List<CoachingFinding> findings = new ArrayList<>();
        for (Section section : scorecard.sections()) {
            for (Criterion criterion : section.criteria()) {
                CriterionKey key = new CriterionKey(section.name(), criterion.name());
                ReviewRating rating = ratings.get(key);
                if (criterion.bonus() || rating == null || !(rating.rating() instanceof Rating.Value value)) {
                    continue;
                }
                double share = criterion.scale().share(criterion.name(), value.value());
                Optional<String> comment = Optional.ofNullable(rating.comment());
                if (criterion.critical() != Criticality.NONE
                        && criterion.scale().isBottom(value.value())) {
                    findings.add(new CoachingFinding(key, CoachingReason.CRITICAL_FAILED, share, comment));
                } else if (share < LOW_SHARE) {
                    findings.add(new CoachingFinding(key, CoachingReason.LOW_SCORE, share, comment));
                }
            }
        }
        return findings;
    }
}
