package org.frontline.web.cases;

import java.time.Instant;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseDetails;

/** A case as the API returns it. */
public record CaseResponse(
        long id,
        long version,
        long customerId,
        String customerName,
        String subject,
        String description,
        String type,
        String priority,
        String status,
        String pendingReason,
        String supportTier,
        Long ownerId,
        String ownerName,
        String resolutionCode,
        String resolutionNote,
        Long problemId,
        String knownErrorWorkaround,
        Boolean firstContactResolution,
        int reopenCount,
        Instant createdAt,
        Instant firstRespondedAt,
        Instant awaitingReplySince,
        Instant resolvedAt,
        Instant closedAt) {

    public static CaseResponse from(Case c) {
        return from(c, null, null);
    }

    /**
     * With what only the single-case view computes: the workaround of the known error behind this incident, and
     * whether it was resolved on first contact (null while undetermined).
     */
    static CaseResponse from(Case c, String knownErrorWorkaround, Boolean firstContactResolution) {
        CaseDetails details = c.details();
        return new CaseResponse(
                c.id(),
                c.version(),
                c.customer().id(),
                c.customer().name(),
                details.subject(),
                details.description(),
                details.type().name(),
                details.priority().name(),
                c.status().name(),
                c.pendingReason().map(Enum::name).orElse(null),
                c.supportTier().name(),
                c.owner().map(Agent::id).orElse(null),
                c.owner().map(Agent::name).orElse(null),
                c.resolutionCode().map(Enum::name).orElse(null),
                c.resolutionNote().orElse(null),
                c.problemId().orElse(null),
                knownErrorWorkaround,
                firstContactResolution,
                c.reopenCount(),
                c.createdAt(),
                c.firstRespondedAt().orElse(null),
                c.awaitingReplySince().orElse(null),
                c.resolvedAt().orElse(null),
                c.closedAt().orElse(null));
    }
}
