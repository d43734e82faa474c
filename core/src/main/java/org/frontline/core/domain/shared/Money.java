package org.frontline.core.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, kept at the currency's own number of decimals; amounts in different currencies are never
 * added together.
 */
@Embeddable
public record Money(
        @Column(name = "amount", precision = 19, scale = 4) BigDecimal amount,
        @Column(name = "currency", length = 3) Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits >= 0) {
            if (amount.stripTrailingZeros().scale() > digits) {
                throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + digits + ")");
            }
            amount = amount.setScale(digits);
        }
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }
}
