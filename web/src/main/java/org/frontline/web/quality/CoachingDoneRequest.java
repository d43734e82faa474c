package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;

/** A team lead closing a coaching task: the task's version last read, who coached (agent id), and how it went. */
public record CoachingDoneRequest(Long version, @NotNull Long coachId, String note) {}
