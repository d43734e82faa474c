package org.frontline.qualityaudit.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;

/**
 * Lays a session's submitted reviews out as grids: one per criterion (its ratings; N/A and unscored are missing) and
 * one of total scores, units being the session's contacts and raters its raters, both in the session's order.
 */
public final class CalibrationGrids {
    private final List<CriterionGrid> criteria;
    private final RatingGrid totals;

    public CalibrationGrids(Scorecard scorecard, List<Long> contacts, List<Long> raters, List<Review> reviews) {
        List<CriterionKey> keys = new ArrayList<>();
        List<Criterion> criterionList = new ArrayList<>();
        for (Section section : scorecard.sections()) {
            for (Criterion criterion : section.criteria()) {
                keys.add(new CriterionKey(section.name(), criterion.name()));
                criterionList.add(criterion);
            }
        }
        double[][][] values = new double[keys.size()][contacts.size()][raters.size()];
        double[][] scores = new double[contacts.size()][raters.size()];
        for (double[][] grid : values) {
            for (double[] row : grid) {
                Arrays.fill(row, Double.NaN);
            }
        }
        for (double[] row : scores) {
            Arrays.fill(row, Double.NaN);
        }
        for (Review review : reviews) {
            int unit = review.contactId().map(contacts::indexOf).orElse(-1);
            int rater = raters.indexOf(review.reviewerId());
            if (unit < 0 || rater < 0) {
                continue;
            }
            review.total().ifPresent(total -> scores[unit][rater] = total);
            for (ReviewRating rating : review.ratings()) {
                int criterion = keys.indexOf(rating.key());
                if (criterion >= 0 && rating.rating() instanceof Rating.Value value) {
                    values[criterion][unit][rater] = value.value();
                }
            }
        }
        this.criteria = new ArrayList<>();
        for (int c = 0; c < keys.size(); c++) {
            criteria.add(new CriterionGrid(
                    keys.get(c).section(),
                    keys.get(c).criterion(),
                    MeasurementLevel.of(criterionList.get(c).scale()),
                    new RatingGrid(values[c])));
        }
        this.totals = new RatingGrid(scores);
    }

    public List<CriterionGrid> criteria() {
        return List.copyOf(criteria);
    }

    public RatingGrid totals() {
        return totals;
    }
}
