package org.frontline.core.domain.pareto;

import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Money;

/** One customer's weight in a period: their annual revenue when known, and the inbound contacts they made. */
public record CustomerWeight(long customerId, String name, ValueTier tier, Optional<Money> revenue, long contacts) {

    public CustomerWeight {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(revenue, "revenue");
        if (contacts < 0) {
            throw new IllegalArgumentException("contacts must be >= 0, got " + contacts);
        }
    }
}
