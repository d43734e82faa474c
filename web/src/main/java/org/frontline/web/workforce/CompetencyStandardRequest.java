package org.frontline.web.workforce;

import jakarta.validation.constraints.NotNull;

/**
 * A team's competency standard: a mean QA score of at least {@code qaScore} (0-100) over four weeks of reviews, and
 * in one week at least {@code minContacts} (default 10) handled contacts at an average of at most {@code ahtSeconds};
 * {@code version} (optional) refuses the change if someone changed the standard since you read it.
 */
public record CompetencyStandardRequest(
        @NotNull Double qaScore, @NotNull Integer ahtSeconds, Integer minContacts, Long version) {}
