package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;

/** One answer on a review form: the criterion (by section and name) and its value, or {@code na: true}. */
public record RatingPayload(
        @NotNull String section, @NotNull String criterion, Integer value, Boolean na) {}
