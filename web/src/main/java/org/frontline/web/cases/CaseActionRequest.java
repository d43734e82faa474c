package org.frontline.web.cases;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The body of a case action; each action reads the fields it needs. {@code version}, when given, must be the case's
 * current version (409 otherwise), so an action is never applied to a state the caller has not seen.
 *
 * @param agentId for assign: who takes the case
 * @param pendingReason for pend: CUSTOMER or THIRD_PARTY
 * @param resolutionCode for resolve: ANSWERED, FIXED, WORKAROUND, NO_FAULT_FOUND, DUPLICATE or WITHDRAWN
 * @param reason for reopen, escalate and de-escalate: why (required)
 * @param note for pend, resume and resolve: free text kept in the history
 */
public record CaseActionRequest(
        @PositiveOrZero Long version,
        Long agentId,
        String pendingReason,
        String resolutionCode,
        @Size(max = 2000) String reason,
        @Size(max = 2000) String note) {

    static final CaseActionRequest EMPTY = new CaseActionRequest(null, null, null, null, null, null);

    Optional<Long> expectedVersion() {
        return Optional.ofNullable(version);
    }
}
