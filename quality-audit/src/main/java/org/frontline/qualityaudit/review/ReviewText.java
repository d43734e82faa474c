package org.frontline.qualityaudit.review;

import org.frontline.qualityaudit.scorecard.Rating;

/**
 * A submitted review's canonical text for the hash chain: everything that is fixed once it is submitted (not what a
 * later revision marks on it), one field per line, free text escaped so that it cannot forge a line.
 */
public final class ReviewText {
    private ReviewText() {}

    public static String of(Review review) {
        StringBuilder text = new StringBuilder()
                .append("review ")
                .append(review.id())
                .append("\ncontact ")
                .append(review.contactId().map(String::valueOf).orElse("-"))
                .append("\ncase ")
                .append(review.caseId().map(String::valueOf).orElse("-"))
                .append("\nreviewer ")
                .append(review.reviewerId())
                .append("\nscorecard ")
                .append(review.scorecardId())
                .append("\ncalibration ")
                .append(review.calibrationId().map(String::valueOf).orElse("-"))
                .append("\nrevision ")
                .append(review.revision())
                .append("\nsupersedes ")
                .append(review.supersedes().map(String::valueOf).orElse("-"))
                .append("\nreason ")
                .append(escaped(review.revisionReason().orElse("-")))
                .append("\ntotal ")
                .append(review.total().map(String::valueOf).orElse("-"))
                .append("\npassed ")
                .append(review.passed())
                .append("\nautoFailed ")
                .append(review.autoFailed())
                .append("\nsubmittedAt ")
                .append(review.submittedAt().map(Object::toString).orElse("-"));
        for (ReviewRating rating : review.ratings()) {
            text.append("\nrating ")
                    .append(escaped(rating.key().toString()))
                    .append(" = ")
                    .append(rating.rating() instanceof Rating.Value value ? String.valueOf(value.value()) : "N/A")
                    .append(" | ")
                    .append(escaped(rating.comment() == null ? "" : rating.comment()));
        }
        return text.toString();
    }

    /** Free text with backslashes and line breaks escaped. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
