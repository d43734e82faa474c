package org.frontline.core.domain.customer;

/** How much a customer is worth to the business, highest first; routing and SLAs weigh contacts by it. */
public enum ValueTier {
    PLATINUM,
    GOLD,
    SILVER,
    STANDARD
}
