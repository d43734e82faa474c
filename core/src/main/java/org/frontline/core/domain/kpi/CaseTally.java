package org.frontline.core.domain.kpi;

/**
 * Additive counts over the cases raised in a period: how many were resolved and reopened since, and how many breached
 * their first-response or resolution SLA (so far: an open case may still breach).
 */
public record CaseTally(
        long raised, long resolved, long reopened, long firstResponseBreached, long resolutionBreached) {

    public static final CaseTally NONE = new CaseTally(0, 0, 0, 0, 0);

    /** Builds a tally from the database's columns, in declaration order. */
    public static CaseTally of(long[] v) {
        return new CaseTally(v[0], v[1], v[2], v[3], v[4]);
    }
}
