package org.frontline.core.domain.pareto;

/** How many customers sit in a circle, and their shares (percent) of customers, revenue and contacts. */
public record CircleFigures(
        Circle circle, int customers, double customerShare, double revenueShare, double contactShare) {}
