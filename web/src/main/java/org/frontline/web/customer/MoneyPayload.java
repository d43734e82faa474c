package org.frontline.web.customer;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Currency;
import org.frontline.core.domain.shared.Money;

/** An amount of money as JSON: {@code {"amount": 125000.00, "currency": "EUR"}}. */
public record MoneyPayload(
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4)
        BigDecimal amount,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR or USD")
        String currency) {

    public static MoneyPayload from(Money money) {
        return new MoneyPayload(money.amount(), money.currency().getCurrencyCode());
    }

    Money toMoney() {
        return new Money(amount, Currency.getInstance(currency));
    }
}
