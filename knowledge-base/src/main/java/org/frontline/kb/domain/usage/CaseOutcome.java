package org.frontline.kb.domain.usage;

import java.util.Optional;

/**
 * How a case turned out, as far as it is known yet.
 *
 * @param resolutionHeld resolved and not reopened within the reopen window; false when reopened within it; empty
 *     while unresolved or the window still runs
 * @param firstContactResolution resolved on the first contact (and held); empty while undetermined
 */
public record CaseOutcome(long caseId, Optional<Boolean> resolutionHeld, Optional<Boolean> firstContactResolution) {}
