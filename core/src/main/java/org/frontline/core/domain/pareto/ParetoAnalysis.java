package org.frontline.core.domain.pareto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.Money;

/**
 * Works out the 80/20 analysis: ranks customers by revenue and by contacts (ties by id), draws both Pareto curves,
 * puts the top {@code topPercent} % of each ranking in its circle, and suggests tiers from the revenue ranking: the
 * customers who together bring the first half of revenue PLATINUM, up to 80 % GOLD, up to 95 % SILVER, the rest (and
 * those bringing none) STANDARD.
 */
public class ParetoAnalysis {
    private static final double PLATINUM_UP_TO = 0.50;
    private static final double GOLD_UP_TO = 0.80;
    private static final double SILVER_UP_TO = 0.95;

    private final CustomerWeights weights;

    public ParetoAnalysis(CustomerWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** Throws unless [from, to) is a period and the circles' size a percent from 1 to 99. */
    public static void check(Instant from, Instant to, int topPercent) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "must be before to");
        }
        if (topPercent < 1 || topPercent > 99) {
            throw new InvalidValueException("top", "must be between 1 and 99 percent, got " + topPercent);
        }
    }

    /**
     * @param currency the currency revenue is compared in; by default the one most customers with a known revenue
     *     have
     */
    public ParetoReport analyse(Instant from, Instant to, int topPercent, Optional<Currency> currency) {
        check(from, to, topPercent);
        List<CustomerWeight> all = weights.inPeriod(from, to);
        Optional<Currency> analysed = currency.or(() -> commonest(all));
        Function<CustomerWeight, Double> revenue = w -> w.revenue()
                .filter(m -> analysed.isPresent() && m.currency().equals(analysed.get()))
                .map(m -> m.amount().doubleValue())
                .orElse(0.0);
        List<CustomerWeight> byRevenue = all.stream()
                .sorted(Comparator.comparing(revenue, Comparator.reverseOrder())
                        .thenComparing(CustomerWeight::customerId))
                .toList();
        List<CustomerWeight> byContacts = all.stream()
                .sorted(Comparator.comparingLong(CustomerWeight::contacts)
                        .reversed()
                        .thenComparing(CustomerWeight::customerId))
                .toList();
        double[] revenues = byRevenue.stream().mapToDouble(revenue::apply).toArray();
        double[] contacts =
                byContacts.stream().mapToDouble(CustomerWeight::contacts).toArray();
        Map<Long, Integer> contactRanks = new HashMap<>();
        for (int i = 0; i < byContacts.size(); i++) {
            contactRanks.put(byContacts.get(i).customerId(), i + 1);
        }
        int top = ParetoCurve.topCount(all.size(), topPercent / 100.0);
        double totalRevenue = sum(revenues);
        List<RankedCustomer> ranked = new ArrayList<>(all.size());
        double before = 0;
        for (int i = 0; i < byRevenue.size(); i++) {
            CustomerWeight w = byRevenue.get(i);
            int contactRank = contactRanks.get(w.customerId());
            boolean highValue = i < top && revenues[i] > 0;
            boolean highEffort = contactRank <= top && w.contacts() > 0;
            ranked.add(new RankedCustomer(
                    w,
                    revenues[i],
                    i + 1,
                    contactRank,
                    circle(highValue, highEffort),
                    suggestedTier(revenues[i], totalRevenue == 0 ? 1 : before / totalRevenue)));
            before += revenues[i];
        }
        int unknown = (int) all.stream()
                .filter(w -> w.revenue().isEmpty()
                        || !w.revenue().map(Money::currency).equals(analysed))
                .count();
        return new ParetoReport(
                from,
                to,
                topPercent,
                analysed,
                unknown,
                ParetoCurve.of(revenues),
                ParetoCurve.of(contacts),
                circles(ranked, totalRevenue, sum(contacts)),
                ranked);
    }

    private static Optional<Currency> commonest(List<CustomerWeight> all) {
        return all.stream()
                .flatMap(w -> w.revenue().stream())
                .collect(Collectors.groupingBy(Money::currency, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<Currency, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().getCurrencyCode(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private static Circle circle(boolean highValue, boolean highEffort) {
        if (highValue) {
            return highEffort ? Circle.BOTH : Circle.HIGH_VALUE;
        }
        return highEffort ? Circle.HIGH_EFFORT : Circle.NEITHER;
    }

    /** By the share of revenue the customers ranked above this one bring together. */
    private static ValueTier suggestedTier(double revenue, double shareBefore) {
        if (revenue <= 0) {
            return ValueTier.STANDARD;
        }
        if (shareBefore < PLATINUM_UP_TO) {
            return ValueTier.PLATINUM;
        }
        if (shareBefore < GOLD_UP_TO) {
            return ValueTier.GOLD;
        }
        return shareBefore < SILVER_UP_TO ? ValueTier.SILVER : ValueTier.STANDARD;
    }

    private static List<CircleFigures> circles(List<RankedCustomer> ranked, double revenue, double contacts) {
        Map<Circle, double[]> sums = new EnumMap<>(Circle.class);
        for (Circle circle : Circle.values()) {
            sums.put(circle, new double[3]);
        }
        for (RankedCustomer c : ranked) {
            double[] s = sums.get(c.circle());
            s[0]++;
            s[1] += c.revenue();
            s[2] += c.weight().contacts();
        }
        List<CircleFigures> figures = new ArrayList<>();
        for (Circle circle : Circle.values()) {
            double[] s = sums.get(circle);
            figures.add(new CircleFigures(
                    circle, (int) s[0], percent(s[0], ranked.size()), percent(s[1], revenue), percent(s[2], contacts)));
        }
        return figures;
    }

    private static double percent(double part, double whole) {
        return whole == 0 ? 0 : 100 * part / whole;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
