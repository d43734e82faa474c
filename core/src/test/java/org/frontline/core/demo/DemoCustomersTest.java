package org.frontline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.frontline.core.demo.DemoCustomers.DemoCustomer;
import org.frontline.core.domain.customer.ValueTier;
import org.junit.jupiter.api.Test;

class DemoCustomersTest {
    private final List<DemoCustomer> customers = DemoCustomers.generate(new SplittableRandom(7), 2000);

    private static double revenue(DemoCustomer c) {
        return c.profile().annualRevenue().orElseThrow().amount().doubleValue();
    }

    /** Share of the total held by the top fifth, ranked by the same measure. */
    private double topFifthShare(ToDoubleFunction<DemoCustomer> measure) {
        List<Double> sorted = customers.stream()
                .map(measure::applyAsDouble)
                .sorted(Comparator.reverseOrder())
                .toList();
        double total = sorted.stream().mapToDouble(Double::doubleValue).sum();
        return sorted.subList(0, sorted.size() / 5).stream()
                        .mapToDouble(Double::doubleValue)
                        .sum()
                / total;
    }

    private Set<Integer> topFifthBy(ToDoubleFunction<DemoCustomer> measure) {
        return IntStream.range(0, customers.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> measure.applyAsDouble(customers.get(i)))
                        .reversed())
                .limit(customers.size() / 5)
                .collect(Collectors.toSet());
    }

    @Test
    void aFifthOfTheCustomersBringMostOfTheRevenueAndMostOfTheContacts() {
        assertThat(topFifthShare(DemoCustomersTest::revenue)).isBetween(0.6, 0.95);
        assertThat(topFifthShare(DemoCustomer::contactWeight)).isBetween(0.6, 0.95);
    }

    @Test
    void theHighValueAndHighEffortCirclesDoNotCoincide() {
        Set<Integer> highValue = topFifthBy(DemoCustomersTest::revenue);
        Set<Integer> highEffort = topFifthBy(DemoCustomer::contactWeight);

        long both = highValue.stream().filter(highEffort::contains).count();
        assertThat(both).as("overlap of the two circles").isPositive().isLessThan(highValue.size() / 2);
    }

    @Test
    void tiersFollowRevenue() {
        Map<ValueTier, Long> tiers = customers.stream()
                .collect(Collectors.groupingBy(c -> c.profile().valueTier(), Collectors.counting()));

        assertThat(tiers.get(ValueTier.PLATINUM)).isEqualTo(100);
        assertThat(tiers.get(ValueTier.GOLD)).isEqualTo(300);
        assertThat(tiers.get(ValueTier.SILVER)).isEqualTo(600);
        assertThat(tiers.get(ValueTier.STANDARD)).isEqualTo(1000);
        double lowestPlatinum = customers.stream()
                .filter(c -> c.profile().valueTier() == ValueTier.PLATINUM)
                .mapToDouble(DemoCustomersTest::revenue)
                .min()
                .orElseThrow();
        assertThat(customers.stream().filter(c -> c.profile().valueTier() == ValueTier.GOLD))
                .allSatisfy(c -> assertThat(revenue(c)).isLessThanOrEqualTo(lowestPlatinum));
    }

    @Test
    void aboutOneInSevenAccountsOpenedInTheLastFourMonths() {
        long recent = customers.stream().filter(c -> c.openedDaysAgo() < 120).count();

        assertThat(recent / (double) customers.size()).isBetween(0.12, 0.18);
        assertThat(customers).allSatisfy(c -> assertThat(c.openedDaysAgo()).isBetween(1, 1999));
    }

    @Test
    void theSameSeedGivesTheSameCentre() {
        assertThat(DemoCustomers.generate(new SplittableRandom(7), 2000)).isEqualTo(customers);
    }
}
