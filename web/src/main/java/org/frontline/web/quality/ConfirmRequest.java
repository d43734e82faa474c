package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;

/** A team lead (agent id) confirming a training record, with the record's version last read. */
public record ConfirmRequest(Long version, @NotNull Long leadId) {}
