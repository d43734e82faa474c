package org.frontline.web.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.frontline.routing.desk.RoutedContact;

/** A contact in routing: what it needs, what makes it urgent, and where it stands. */
public record RoutedContactResponse(
        long contactId,
        long version,
        String queue,
        String channel,
        Map<String, Integer> skills,
        String language,
        String tier,
        String priority,
        String valueTier,
        Instant slaDeadline,
        Instant arrivedAt,
        String state,
        Long agentId,
        Instant offeredAt,
        Instant acceptedAt,
        Instant endedAt,
        Long waitSeconds,
        Set<Long> preferredAgents,
        Set<Long> excludedAgents) {

    static RoutedContactResponse from(RoutedContact c) {
        return new RoutedContactResponse(
                c.contactId(),
                c.version(),
                c.queue(),
                c.channel().name(),
                new TreeMap<>(c.skills()),
                c.language(),
                c.tier().name(),
                c.priority().name(),
                c.valueTier().name(),
                c.slaDeadline().orElse(null),
                c.arrivedAt(),
                c.state().name(),
                c.agentId().orElse(null),
                c.offeredAt().orElse(null),
                c.acceptedAt().orElse(null),
                c.endedAt().orElse(null),
                c.waited().map(Duration::toSeconds).orElse(null),
                c.preferredAgents(),
                c.excludedAgents());
    }
}
