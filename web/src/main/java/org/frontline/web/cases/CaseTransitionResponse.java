package org.frontline.web.cases;

import java.time.Instant;
import org.frontline.core.domain.cases.CaseTransition;

/** One entry of a case's history as the API returns it. */
public record CaseTransitionResponse(
        String action,
        String fromStatus,
        String toStatus,
        String fromTier,
        String toTier,
        String reason,
        Instant occurredAt) {

    static CaseTransitionResponse from(CaseTransition t) {
        return new CaseTransitionResponse(
                t.action().name(),
                t.fromStatus() == null ? null : t.fromStatus().name(),
                t.toStatus().name(),
                t.fromTier() == null ? null : t.fromTier().name(),
                t.toTier().name(),
                t.reason(),
                t.occurredAt());
    }
}
