package org.frontline.core.domain.customer;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.Money;

/** The annual revenue, in one currency, from which a customer is PLATINUM, GOLD or SILVER; below is STANDARD. */
public record TierThresholds(Currency currency, BigDecimal platinum, BigDecimal gold, BigDecimal silver) {

    public TierThresholds {
        Objects.requireNonNull(currency, "currency");
        requireNonNegative("platinum", platinum);
        requireNonNegative("gold", gold);
        requireNonNegative("silver", silver);
        if (platinum.compareTo(gold) <= 0) {
            throw new InvalidValueException("platinum", "must be above gold (" + gold.toPlainString() + ")");
        }
        if (gold.compareTo(silver) <= 0) {
            throw new InvalidValueException("gold", "must be above silver (" + silver.toPlainString() + ")");
        }
    }

    /** Whether revenue in that currency can be compared with these thresholds. */
    public boolean applyTo(Money revenue) {
        return revenue.currency().equals(currency);
    }

    public ValueTier tierFor(Money revenue) {
        if (!applyTo(revenue)) {
            throw new IllegalArgumentException("thresholds are in " + currency + ", revenue in " + revenue.currency());
        }
        BigDecimal amount = revenue.amount();
        if (amount.compareTo(platinum) >= 0) {
            return ValueTier.PLATINUM;
        }
        if (amount.compareTo(gold) >= 0) {
            return ValueTier.GOLD;
        }
        return amount.compareTo(silver) >= 0 ? ValueTier.SILVER : ValueTier.STANDARD;
    }

    private static void requireNonNegative(String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new InvalidValueException(field, "must be given and not negative");
        }
    }
}
