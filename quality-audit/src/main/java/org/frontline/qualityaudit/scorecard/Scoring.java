package org.frontline.qualityaudit.scorecard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Scores a review: every criterion must be rated or marked N/A. A section scores the weighted mean of its rated
 * regular criteria (each as its share of its scale) × 100, N/A criteria leaving their weight to the others, plus the
 * points of its bonus items (weight × share), capped at 100; a failed section-critical item makes it 0. The total is
 * the weighted mean of the sections that were not wholly N/A; a failed review-critical item makes it 0 and fails the
 * review whatever the pass mark.
 */
public final class Scoring {
    private Scoring() {}

    public static ScoreSheet score(Scorecard scorecard, Map<CriterionKey, Rating> answers) {
        requireKnown(scorecard, answers);
        List<ScoreSheet.SectionScore> sections = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        boolean autoFailed = false;
        double weighted = 0;
        double weights = 0;
        for (Section section : scorecard.sections()) {
            double earned = 0;
            double rated = 0;
            double bonus = 0;
            boolean zeroed = false;
            for (Criterion criterion : section.criteria()) {
                CriterionKey key = new CriterionKey(section.name(), criterion.name());
                Rating rating = answers.get(key);
                if (rating == null) {
                    throw new InvalidValueException("answers", key + " is not rated: rate it or mark it N/A");
                }
                if (!(rating instanceof Rating.Value(int value))) {
                    continue;
                }
                double share = criterion.scale().share(key.toString(), value);
                if (criterion.critical() != Criticality.NONE
                        && criterion.scale().isBottom(value)) {
                    if (criterion.critical() == Criticality.REVIEW) {
                        autoFailed = true;
                        findings.add(key + " is critical and failed: the review scores 0");
                    } else {
                        zeroed = true;
                        findings.add(key + " is critical and failed: " + section.name() + " scores 0");
                    }
                }
                if (criterion.bonus()) {
                    bonus += criterion.weight() * share;
                } else {
                    earned += criterion.weight() * share;
                    rated += criterion.weight();
                }
            }
            Double score = rated == 0 ? null : zeroed ? 0.0 : Math.min(100, earned / rated * 100 + bonus);
            sections.add(new ScoreSheet.SectionScore(section.name(), score, zeroed));
            if (score != null) {
                weighted += section.weight() * score;
                weights += section.weight();
            }
        }
        Double total = weights == 0 ? null : autoFailed ? 0.0 : weighted / weights;
        boolean passed = total != null && !autoFailed && total >= scorecard.passMark();
        return new ScoreSheet(total, passed, autoFailed, sections, findings);
    }

    /** Checks answers so far (a draft need not be complete): each is on the scorecard and on its criterion's scale. */
    public static void check(Scorecard scorecard, Map<CriterionKey, Rating> answers) {
        requireKnown(scorecard, answers);
        for (Section section : scorecard.sections()) {
            for (Criterion criterion : section.criteria()) {
                CriterionKey key = new CriterionKey(section.name(), criterion.name());
                if (answers.get(key) instanceof Rating.Value(int value)) {
                    criterion.scale().share(key.toString(), value);
                }
            }
        }
    }

    private static void requireKnown(Scorecard scorecard, Map<CriterionKey, Rating> answers) {
        Set<CriterionKey> known = new HashSet<>();
        scorecard.sections().forEach(s -> s.criteria().forEach(c -> known.add(new CriterionKey(s.name(), c.name()))));
        for (CriterionKey key : answers.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidValueException(
                        "answers", key + " is not on scorecard " + scorecard.name() + " v" + scorecard.version());
            }
        }
    }
}
