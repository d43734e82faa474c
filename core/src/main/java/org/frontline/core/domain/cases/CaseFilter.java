package org.frontline.core.domain.cases;

import java.util.Optional;
import org.frontline.core.domain.shared.SupportTier;

/** Which cases to list; every criterion given must hold. */
public record CaseFilter(
        Optional<CaseStatus> status,
        Optional<Priority> priority,
        Optional<CaseType> type,
        Optional<SupportTier> tier,
        Optional<Long> customerId,
        Optional<Long> ownerId) {

    public static CaseFilter all() {
        return new CaseFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
