package org.frontline.web.quality;

import jakarta.validation.constraints.NotNull;

/** A QA analyst starts reviewing a contact against a scorecard (its latest version unless one is named). */
public record ReviewRequest(
        @NotNull Long contactId,
        @NotNull Long reviewerId,
        @NotNull String scorecardName,
        Integer scorecardVersion) {}
