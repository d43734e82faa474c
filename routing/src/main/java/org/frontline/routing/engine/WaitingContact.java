package org.frontline.routing.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * A contact waiting for an agent: where it waits and what it needs (channel, skills with minimum proficiencies,
 * language, support tier), what makes it urgent (priority, the customer's value tier, its SLA deadline, how long it has
 * waited), and agents it should go to first or never.
 */
public record WaitingContact(
        long id,
        String queue,
        Channel channel,
        Map<String, Integer> skills,
        String language,
        SupportTier tier,
        Priority priority,
        ValueTier valueTier,
        Optional<Instant> slaDeadline,
        Instant arrivedAt,
        Set<Long> preferredAgents,
        Set<Long> excludedAgents) {

    public WaitingContact {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(channel, "channel");
        skills = Map.copyOf(skills);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(valueTier, "valueTier");
        Objects.requireNonNull(slaDeadline, "slaDeadline");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        preferredAgents = Set.copyOf(preferredAgents);
        excludedAgents = Set.copyOf(excludedAgents);
    }

    /** What it needs before any widening. */
    public Requirement requirement() {
        return new Requirement(channel, skills, Set.of(language), Set.of(tier));
    }
}
