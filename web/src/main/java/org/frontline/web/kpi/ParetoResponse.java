package org.frontline.web.kpi;

import java.util.List;
import org.frontline.core.domain.pareto.CircleFigures;
import org.frontline.core.domain.pareto.ParetoCurve;
import org.frontline.core.domain.pareto.ParetoReport;
import org.frontline.core.domain.pareto.RankedCustomer;

/**
 * The 80/20 analysis: the share of revenue and of contacts the top customers bring, both Pareto curves (percent of
 * the total after each whole percent of customers), the circles, and the customers ranked by revenue (at most
 * {@code limit}; {@code tierChanges} counts every customer whose suggested tier differs from theirs).
 */
public record ParetoResponse(
        String from,
        String to,
        int topPercent,
        String currency,
        int customerCount,
        int revenueUnknown,
        double revenueShareOfTop,
        double contactShareOfTop,
        List<ParetoCurve.Point> revenueCurve,
        List<ParetoCurve.Point> contactCurve,
        List<CircleFigures> circles,
        long tierChanges,
        List<ParetoCustomerResponse> customers) {

    static ParetoResponse from(ParetoReport report, int limit) {
        return new ParetoResponse(
                report.from().toString(),
                report.to().toString(),
                report.topPercent(),
                report.currency().map(c -> c.getCurrencyCode()).orElse(null),
                report.customers().size(),
                report.revenueUnknown(),
                report.revenueShareOfTop(),
                report.contactShareOfTop(),
                report.revenueCurve().points(),
                report.contactCurve().points(),
                report.circles(),
                report.customers().stream()
                        .filter(RankedCustomer::tierChangeSuggested)
                        .count(),
                report.customers().stream()
                        .limit(limit)
                        .map(ParetoCustomerResponse::from)
                        .toList());
    }
}
