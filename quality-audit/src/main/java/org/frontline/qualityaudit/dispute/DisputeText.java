package org.frontline.qualityaudit.dispute;

import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.review.ReviewText;
import org.frontline.qualityaudit.scorecard.Rating;

/** A decided dispute's canonical text for the hash chain: one field per line, free text escaped. */
public final class DisputeText {
    private DisputeText() {}

    public static String of(Dispute dispute) {
        StringBuilder text = new StringBuilder()
                .append("dispute ")
                .append(dispute.id())
                .append("\nreview ")
                .append(dispute.reviewId())
                .append("\ntarget ")
                .append(dispute.target())
                .append("\nagent ")
                .append(dispute.agentId())
                .append("\nreviewer ")
                .append(dispute.reviewerId())
                .append("\ncomment ")
                .append(ReviewText.escaped(dispute.comment()))
                .append("\nraisedAt ")
                .append(dispute.raisedAt())
                .append("\narbitrator ")
                .append(dispute.arbitratorId().map(String::valueOf).orElse("-"))
                .append("\noutcome ")
                .append(dispute.outcome().map(Enum::name).orElse("-"))
                .append("\nreason ")
                .append(ReviewText.escaped(dispute.outcomeReason().orElse("-")))
                .append("\ndecidedAt ")
                .append(dispute.decidedAt().map(Object::toString).orElse("-"))
                .append("\nresultingReview ")
                .append(dispute.resultingReviewId().map(String::valueOf).orElse("-"));
        for (ReviewRating rating : dispute.proposed()) {
            text.append("\nproposed ")
                    .append(ReviewText.escaped(rating.key().toString()))
                    .append(" = ")
                    .append(rating.rating() instanceof Rating.Value value ? String.valueOf(value.value()) : "N/A");
        }
        return text.toString();
    }
}
