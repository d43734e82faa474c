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
        Optional<Long> ownerId,
        Optional<Long> problemId) {

    /** The incidents linked to one problem. */
    public static CaseFilter ofProblem(long problemId) {
        return new CaseFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(problemId));
    }
}
