package org.frontline.routing.engine;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;

/**
 * How contacts are ordered: seconds of waiting credited for each priority and customer value tier, and how long
 * before its SLA deadline a contact ranks as if it had waited since then.
 */
public record RoutingWeights(
        Map<Priority, Duration> priorityCredit, Map<ValueTier, Duration> tierCredit, Duration slaLead) {

    public RoutingWeights {
        priorityCredit = new EnumMap<>(priorityCredit);
        tierCredit = new EnumMap<>(tierCredit);
        Objects.requireNonNull(slaLead, "slaLead");
    }

    /** P1 ten minutes ahead, P2 five, P3 one; Platinum four minutes, Gold two, Silver one; SLA two minutes ahead. */
    public static RoutingWeights standard() {
        return new RoutingWeights(
                Map.of(
                        Priority.P1, Duration.ofMinutes(10),
                        Priority.P2, Duration.ofMinutes(5),
                        Priority.P3, Duration.ofMinutes(1),
                        Priority.P4, Duration.ZERO),
                Map.of(
                        ValueTier.PLATINUM, Duration.ofMinutes(4),
                        ValueTier.GOLD, Duration.ofMinutes(2),
                        ValueTier.SILVER, Duration.ofMinutes(1),
                        ValueTier.STANDARD, Duration.ZERO),
                Duration.ofMinutes(2));
    }

    public Urgency urgencyOf(WaitingContact contact) {
        Duration forPriority = priorityCredit.getOrDefault(contact.priority(), Duration.ZERO);
        Duration forTier = tierCredit.getOrDefault(contact.valueTier(), Duration.ZERO);
        var credited = contact.arrivedAt().minus(forPriority).minus(forTier);
        var bound = contact.slaDeadline().map(deadline -> deadline.minus(slaLead));
        var virtual = bound.filter(b -> b.isBefore(credited)).orElse(credited);
        return new Urgency(virtual, forPriority.toSeconds(), forTier.toSeconds(), bound);
    }
}
