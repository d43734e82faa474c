package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;

/** A rater (agent id) starting their score of one of a calibration session's contacts. */
public record ScoreRequest(@NotNull Long contactId, @NotNull Long reviewerId) {}
