package org.frontline.core.demo;

import java.time.Instant;
import org.frontline.core.domain.cases.Priority;

/**
 * A demo ITIL problem: raised once its incidents pile up, a known error with a workaround, resolved if its resolution
 * lies in the past.
 *
 * @param reasonCode the contact reason of the incidents it causes
 * @param firstIncidentAt incidents about that reason from here on link to it...
 * @param lastIncidentAt ...until here
 * @param resolvedAt when its root cause was removed; null while it is not
 */
public record ProblemPlan(
        String title,
        String description,
        Priority priority,
        String reasonCode,
        Instant firstIncidentAt,
        Instant lastIncidentAt,
        Instant raisedAt,
        String rootCause,
        String workaround,
        Instant resolvedAt) {

    boolean covers(String reason, Instant at) {
        return reasonCode.equals(reason) && !at.isBefore(firstIncidentAt) && !at.isAfter(lastIncidentAt);
    }
}
