package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontline.qualityaudit.review.ReviewRating;

/** The reviewed agent acknowledging a review of their contact, with an optional comment. */
public record AcknowledgementRequest(
        @NotNull Long reviewId,
        @NotNull Long agentId,
        @Size(max = ReviewRating.MAX_COMMENT) String comment) {}
