package org.frontline.core.domain.pareto;

import org.frontline.core.domain.customer.ValueTier;

/**
 * A customer in the analysis: their revenue (0 when unknown or in another currency) and contacts with their ranks
 * (1 = largest), their circle, and the tier their place in the revenue ranking suggests beside the one they have.
 */
public record RankedCustomer(
        CustomerWeight weight,
        double revenue,
        int revenueRank,
        int contactRank,
        Circle circle,
        ValueTier suggestedTier) {

    public boolean tierChangeSuggested() {
        return suggestedTier != weight.tier();
    }
}
