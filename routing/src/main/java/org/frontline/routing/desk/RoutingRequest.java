package org.frontline.routing.desk;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.shared.SupportTier;

/**
 * What the caller says a recorded contact needs from routing: the queue, the skills (the queue's when none are
 * given), the language, and optionally the tier and priority (its case's when not given) and agents to prefer or
 * avoid.
 */
public record RoutingRequest(
        String queue,
        Map<String, Integer> skills,
        String language,
        Optional<SupportTier> tier,
        Optional<Priority> priority,
        Set<Long> preferredAgents,
        Set<Long> excludedAgents) {

    public RoutingRequest {
        Objects.requireNonNull(queue, "queue");
        skills = Map.copyOf(skills);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(priority, "priority");
        preferredAgents = Set.copyOf(preferredAgents);
        excludedAgents = Set.copyOf(excludedAgents);
    }
}
