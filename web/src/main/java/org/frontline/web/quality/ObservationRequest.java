package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;

/** A team lead's (agent id) observation of an agent. */
public record ObservationRequest(@NotNull Long authorId, String note) {}
