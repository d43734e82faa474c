package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;

/** A criterion: name, weight within its section, scale (YES_NO, ONE_TO_FIVE, ZERO_TO_TEN), critical, bonus. */
public record CriterionPayload(
        @NotNull String name, @NotNull Double weight, String scale, String critical, Boolean bonus) {}
