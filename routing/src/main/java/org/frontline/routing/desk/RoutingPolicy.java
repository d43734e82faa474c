package org.frontline.routing.desk;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.frontline.core.domain.sla.SlaEventKind;
import org.frontline.routing.engine.AgentSelection;
import org.frontline.routing.engine.RoutingWeights;

/**
 * How the desk routes: the weights that order waiting contacts, how it picks among equally skilled agents, and how
 * long an agent has to accept an offer before it goes to someone else and they are set away, and which SLA
 * crossings (warning, breach, both or neither) move a case's waiting contacts up a tier.
 */
public record RoutingPolicy(
        RoutingWeights weights, AgentSelection selection, Duration offerTimeout, Set<SlaEventKind> escalateOn) {

    public RoutingPolicy {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(selection, "selection");
        if (offerTimeout.isNegative() || offerTimeout.isZero()) {
            throw new IllegalArgumentException("offerTimeout must be positive, got " + offerTimeout);
        }
        escalateOn = escalateOn.isEmpty() ? Set.of() : EnumSet.copyOf(escalateOn);
    }

    /** Whether an SLA crossing of this kind moves a case's waiting contacts up a tier. */
    public boolean escalatesOn(SlaEventKind kind) {
        return escalateOn.contains(kind);
    }
}
