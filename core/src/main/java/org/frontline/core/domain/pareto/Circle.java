package org.frontline.core.domain.pareto;

/** Where a customer sits between the two 80/20 circles. */
public enum Circle {
    /** Among the top customers by revenue and by contacts: valuable and demanding. */
    BOTH,
    /** Among the top by revenue only: valuable, and they rarely need the centre. */
    HIGH_VALUE,
    /** Among the top by contacts only: they need the centre a lot and bring little revenue. */
    HIGH_EFFORT,
    NEITHER
}
