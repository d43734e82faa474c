package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A section: name, weight among the sections, and its criteria. */
public record SectionPayload(
        @NotNull String name,
        @NotNull Double weight,
        @NotNull List<@Valid CriterionPayload> criteria) {}
