package org.frontline.web.agent;

import jakarta.validation.constraints.NotBlank;

/** The status an agent switches to: AVAILABLE, BUSY, WRAP_UP, AWAY or OFFLINE. */
public record StatusChangeRequest(@NotBlank String status) {}
