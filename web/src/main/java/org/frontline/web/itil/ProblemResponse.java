package org.frontline.web.itil;

import java.time.Instant;
import org.frontline.core.domain.itil.Problem;

/** A problem as the API returns it. */
public record ProblemResponse(
        long id,
        long version,
        String title,
        String description,
        String priority,
        String status,
        String rootCause,
        String workaround,
        Instant createdAt,
        Instant resolvedAt) {

    static ProblemResponse from(Problem p) {
        return new ProblemResponse(
                p.id(),
                p.version(),
                p.title(),
                p.description(),
                p.priority().name(),
                p.status().name(),
                p.rootCause().orElse(null),
                p.workaround().orElse(null),
                p.createdAt(),
                p.resolvedAt().orElse(null));
    }
}
