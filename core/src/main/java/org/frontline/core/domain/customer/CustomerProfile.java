package org.frontline.core.domain.customer;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.Money;

/**
 * Everything about a customer that an administrator or agent may set, validated once so the
 * entity never holds a half-valid state.
 *
 * @param annualRevenue the revenue the customer brings per year, when known
 */
public record CustomerProfile(
        String name,
        String email,
        String phone,
        Locale preferredLanguage,
        ZoneId timeZone,
        ValueTier valueTier,
        Optional<Money> annualRevenue) {

    public CustomerProfile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(valueTier, "valueTier");
        Objects.requireNonNull(annualRevenue, "annualRevenue");
    }
}
