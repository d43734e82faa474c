package org.frontline.web.customer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Currency;
import org.frontline.core.domain.customer.TierThresholds;
import org.frontline.core.domain.shared.InvalidValueException;

/** Revenue thresholds for re-tiering: {@code {"currency": "EUR", "platinum": 1000000, "gold": 250000, "silver": 50000}}. */
public record RetierRequest(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR or USD")
        String currency,

        @NotNull BigDecimal platinum,
        @NotNull BigDecimal gold,
        @NotNull BigDecimal silver) {

    TierThresholds toThresholds() {
        try {
            return new TierThresholds(Currency.getInstance(currency), platinum, gold, silver);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "'" + currency + "' is not an ISO 4217 currency code");
        }
    }
}
