package org.frontline.web.routing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.routing.desk.RoutingRequest;
import org.frontline.web.platform.RequestParameters;

/**
 * A recorded inbound contact entering routing: its queue and language, and optionally the skills it needs (the
 * queue's by default), its tier and priority (its case's by default, else L1 and P3), and agents to prefer or avoid.
 */
public record RoutedContactRequest(
        @NotNull Long contactId,
        @NotNull @Size(min = 1, max = 60) String queue,
        Map<String, Integer> skills,
        @NotNull String language,
        String tier,
        String priority,
        Set<Long> preferredAgents,
        Set<Long> excludedAgents) {

    RoutingRequest toRequest() {
        return new RoutingRequest(
                queue,
                Optional.ofNullable(skills).orElse(Map.of()),
                language,
                RequestParameters.enumeration("tier", tier, SupportTier.class),
                RequestParameters.enumeration("priority", priority, Priority.class),
                Optional.ofNullable(preferredAgents).orElse(Set.of()),
                Optional.ofNullable(excludedAgents).orElse(Set.of()));
    }
}
