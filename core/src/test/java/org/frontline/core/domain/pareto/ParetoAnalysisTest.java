package org.frontline.core.domain.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** The 80/20 analysis on ten hand-made customers, every figure worked out in the comments. */
class ParetoAnalysisTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-01T00:00:00Z");

    /**
     * Revenue (EUR) 500, 200, 100, 80, 50, 30, 20, 10, 10 (total 1,000) and customer 10's 9,999 USD, which the EUR
     * analysis cannot add; contacts 35, 0, 40, 2, 1, 30, 3, 4, 10, 5 (total 130).
     */
    private static final List<CustomerWeight> CENTRE = List.of(
            weight(1, "500", 35),
            weight(2, "200", 0),
            weight(3, "100", 40),
            weight(4, "80", 2),
            weight(5, "50", 1),
            weight(6, "30", 30),
            weight(7, "20", 3),
            weight(8, "10", 4),
            weight(9, "10", 10),
            new CustomerWeight(10, "Customer 10", ValueTier.GOLD, Optional.of(Money.of("9999", "USD")), 5));

    private final ParetoAnalysis analysis = new ParetoAnalysis((from, to) -> CENTRE);

    @Test
    void theTopFifthByRevenueAndByContacts() {
        ParetoReport report = analysis.analyse(FROM, TO, 20, Optional.empty());

        // Euro is the currency of 9 of the 10; customer 10's dollars count as unknown.
        assertThat(report.currency()).contains(Currency.getInstance("EUR"));
        assertThat(report.revenueUnknown()).isEqualTo(1);
        // The top 2 of 10 by revenue (500 + 200) bring 70 % of the 1,000; by contacts (40 + 35) 75 of 130.
        assertThat(report.revenueShareOfTop()).isCloseTo(70.0, offset(1e-9));
        assertThat(report.contactShareOfTop()).isCloseTo(57.692, offset(0.001));
        // The curves: the top 10 % (one customer) bring 50 % of revenue and 40 of 130 contacts; everyone brings 100 %.
        assertThat(report.revenueCurve().shareOfTop(10)).isCloseTo(50.0, offset(1e-9));
        assertThat(report.contactCurve().shareOfTop(10)).isCloseTo(30.769, offset(0.001));
        assertThat(report.revenueCurve().shareOfTop(100)).isCloseTo(100.0, offset(1e-9));
        assertThat(report.revenueCurve().shareOfTop(0)).isZero();
    }

    @Test
    void theTwoCirclesAndTheirOverlap() {
        ParetoReport report = analysis.analyse(FROM, TO, 20, Optional.empty());

        // High value: customers 1 and 2; high effort: 3 and 1. Customer 1 is in both.
        assertThat(report.customers())
                .filteredOn(c -> c.circle() == Circle.BOTH)
                .extracting(c -> c.weight().customerId())
                .containsExactly(1L);
        CircleFigures both = figures(report, Circle.BOTH);
        // 1 customer of 10; 500 of 1,000 revenue; 35 of 130 contacts.
        assertThat(both.customers()).isEqualTo(1);
        assertThat(both.customerShare()).isEqualTo(10.0);
        assertThat(both.revenueShare()).isEqualTo(50.0);
        assertThat(both.contactShare()).isCloseTo(26.923, offset(0.001));
        // Customer 3 brings 10 % of revenue but 40 of 130 contacts.
        CircleFigures effort = figures(report, Circle.HIGH_EFFORT);
        assertThat(effort.customers()).isEqualTo(1);
        assertThat(effort.revenueShare()).isEqualTo(10.0);
        assertThat(effort.contactShare()).isCloseTo(30.769, offset(0.001));
        assertThat(figures(report, Circle.HIGH_VALUE).contactShare()).isZero();
        // The other 7: 200 of 1,000 revenue, 55 of 130 contacts.
        CircleFigures neither = figures(report, Circle.NEITHER);
        assertThat(neither.customers()).isEqualTo(7);
        assertThat(neither.revenueShare()).isCloseTo(20.0, offset(1e-9));
        assertThat(neither.contactShare()).isCloseTo(42.308, offset(0.001));
    }

    @Test
    void tiersFollowTheShareOfRevenueBroughtByTheCustomersAbove() {
        ParetoReport report = analysis.analyse(FROM, TO, 20, Optional.empty());

        // Share brought by those ranked above: 0 → PLATINUM; 50 %, 70 % → GOLD; 80, 88, 93 % → SILVER; 96, 98, 99 %
        // → STANDARD; customer 10 brings no euros → STANDARD.
        assertThat(report.customers())
                .extracting(RankedCustomer::suggestedTier)
                .containsExactly(
                        ValueTier.PLATINUM,
                        ValueTier.GOLD,
                        ValueTier.GOLD,
                        ValueTier.SILVER,
                        ValueTier.SILVER,
                        ValueTier.SILVER,
                        ValueTier.STANDARD,
                        ValueTier.STANDARD,
                        ValueTier.STANDARD,
                        ValueTier.STANDARD);
        // Everyone is STANDARD today except customer 10 (GOLD): all but customers 7, 8 and 9 would change.
        assertThat(report.customers().stream().filter(RankedCustomer::tierChangeSuggested))
                .extracting(c -> c.weight().customerId())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 10L);
        // Ranks: customer 9 is 9th by revenue (tied with 8, the lower id first) and 4th by contacts.
        RankedCustomer nine = report.customers().get(8);
        assertThat(nine.weight().customerId()).isEqualTo(9);
        assertThat(nine.revenueRank()).isEqualTo(9);
        assertThat(nine.contactRank()).isEqualTo(4);
    }

    @Test
    void analysingInDollarsCountsOnlyDollarRevenue() {
        ParetoReport report = analysis.analyse(FROM, TO, 20, Optional.of(Currency.getInstance("USD")));

        assertThat(report.revenueUnknown()).isEqualTo(9);
        assertThat(report.revenueShareOfTop()).isEqualTo(100.0);
        assertThat(report.customers().get(0).weight().customerId()).isEqualTo(10);
    }

    @Test
    void noCustomersGiveFlatCurvesAndEmptyCircles() {
        ParetoReport report = new ParetoAnalysis((from, to) -> List.of()).analyse(FROM, TO, 20, Optional.empty());

        assertThat(report.currency()).isEmpty();
        assertThat(report.revenueShareOfTop()).isZero();
        assertThat(report.circles()).allMatch(c -> c.customers() == 0);
    }

    @Test
    void refusesAnEmptyPeriodOrAShareOutsideOneToNinetyNine() {
        assertThatThrownBy(() -> analysis.analyse(TO, FROM, 20, Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> analysis.analyse(FROM, TO, 100, Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("between 1 and 99");
    }

    private static CircleFigures figures(ParetoReport report, Circle circle) {
        return report.circles().stream()
                .filter(c -> c.circle() == circle)
                .findFirst()
                .orElseThrow();
    }

    private static CustomerWeight weight(long id, String euros, long contacts) {
        return new CustomerWeight(
                id, "Customer " + id, ValueTier.STANDARD, Optional.of(Money.of(euros, "EUR")), contacts);
    }
}
