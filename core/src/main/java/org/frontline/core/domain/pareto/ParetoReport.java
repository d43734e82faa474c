package org.frontline.core.domain.pareto;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The 80/20 analysis of a period.
 *
 * @param topPercent the size of each circle, in percent of customers (20 for the 80/20 rule)
 * @param currency the currency revenue is compared in (empty when no customer has a known revenue)
 * @param revenueUnknown customers whose revenue is unknown or in another currency (they count as bringing none)
 * @param customers every customer, ranked by revenue then by contacts
 */
public record ParetoReport(
        Instant from,
        Instant to,
        int topPercent,
        Optional<Currency> currency,
        int revenueUnknown,
        ParetoCurve revenueCurve,
        ParetoCurve contactCurve,
        List<CircleFigures> circles,
        List<RankedCustomer> customers) {

    public ParetoReport {
        circles = List.copyOf(circles);
        customers = List.copyOf(customers);
    }

    /** Percent of revenue from the top {@code topPercent} % of customers by revenue. */
    public double revenueShareOfTop() {
        return revenueCurve.shareOfTop(topPercent);
    }

    /** Percent of contacts from the top {@code topPercent} % of customers by contacts. */
    public double contactShareOfTop() {
        return contactCurve.shareOfTop(topPercent);
    }
}
