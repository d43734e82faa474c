package org.frontline.web.kb;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The case an article solved. */
public record CaseLinkRequest(@NotNull @Positive Long caseId) {}
