package org.frontline.qualityaudit.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Rating;

/** A review's answer to one criterion: the value or N/A, and the reviewer's comment on it. */
@Embeddable
public class ReviewRating {
    /** The longest comment on a criterion. */
    public static final int MAX_COMMENT = 2000;

    @Column(name = "section", nullable = false, length = 100)
    private String section;

    @Column(name = "criterion", nullable = false, length = 200)
    private String criterion;

    @Column(name = "rating_value")
    private Integer value;

    @Column(name = "comment", length = MAX_COMMENT)
    private String comment;

    /** For Jakarta Persistence only. */
    protected ReviewRating() {}

    public ReviewRating(CriterionKey key, Rating rating, String comment) {
        this.section = key.section();
        this.criterion = key.criterion();
        this.value = rating instanceof Rating.Value(int v) ? v : null;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public CriterionKey key() {
        return new CriterionKey(section, criterion);
    }

    public Rating rating() {
        return value == null ? Rating.notApplicable() : Rating.of(value);
    }

    public String comment() {
        return comment;
    }
}
