package org.frontline.web.kpi;

import org.frontline.core.domain.pareto.RankedCustomer;

/** A customer in the 80/20 analysis: revenue and contacts with their ranks, circle, tier and suggested tier. */
public record ParetoCustomerResponse(
        long customerId,
        String name,
        double revenue,
        int revenueRank,
        long contacts,
        int contactRank,
        String circle,
        String tier,
        String suggestedTier) {

    static ParetoCustomerResponse from(RankedCustomer c) {
        return new ParetoCustomerResponse(
                c.weight().customerId(),
                c.weight().name(),
                c.revenue(),
                c.revenueRank(),
                c.weight().contacts(),
                c.contactRank(),
                c.circle().name(),
                c.weight().tier().name(),
                c.suggestedTier().name());
    }
}
