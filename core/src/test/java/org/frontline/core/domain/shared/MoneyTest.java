package org.frontline.core.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsAmountAndCurrency() {
        Money money = Money.of("125000.50", "EUR");

        assertThat(money.amount()).hasToString("125000.50");
        assertThat(money.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void keepsTheCurrencysOwnNumberOfDecimals() {
        assertThat(Money.of("12.5000", "EUR").amount()).hasToString("12.50");
        assertThat(Money.of("7", "KWD").amount()).hasToString("7.000");
        assertThat(Money.of("1500", "JPY").amount()).hasToString("1500");
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("10.001", "EUR"))
                .hasMessage("amount 10.001 has more decimals than EUR allows (2)");
        assertThatThrownBy(() -> Money.of("10.5", "JPY")).hasMessageContaining("JPY allows (0)");
    }
}
