package org.frontline.core.domain.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.core.domain.cases.CaseStatus;
import org.frontline.core.domain.cases.CaseTransition;

/**
 * Reads from a case's history when its SLA clock stood still: while PENDING (waiting for the customer or a third
 * party) and while RESOLVED (until the customer reopens it).
 */
final class SlaPauses {
    private static final Set<CaseStatus> PAUSED = Set.of(CaseStatus.PENDING, CaseStatus.RESOLVED, CaseStatus.CLOSED);

    private SlaPauses() {}

    /** Pauses in order; one still going has end {@link Instant#MAX}. */
    static List<TimeWindow> from(List<CaseTransition> history) {
        List<TimeWindow> pauses = new ArrayList<>();
        Instant pausedSince = null;
        for (CaseTransition t : history) {
            boolean pausedAfter = PAUSED.contains(t.toStatus());
            if (pausedAfter && pausedSince == null) {
                pausedSince = t.occurredAt();
            } else if (!pausedAfter && pausedSince != null) {
                pauses.add(new TimeWindow(pausedSince, t.occurredAt()));
                pausedSince = null;
            }
        }
        if (pausedSince != null) {
            pauses.add(new TimeWindow(pausedSince, Instant.MAX));
        }
        return pauses;
    }
}
