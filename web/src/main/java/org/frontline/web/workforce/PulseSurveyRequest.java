package org.frontline.web.workforce;

import jakarta.validation.constraints.NotBlank;

/** A pulse survey to open: its question (answered 1 to 5) and the days it is open, 2026-12-01 to 2026-12-07. */
public record PulseSurveyRequest(
        @NotBlank String question,
        @NotBlank String opensOn,
        @NotBlank String closesOn) {}
