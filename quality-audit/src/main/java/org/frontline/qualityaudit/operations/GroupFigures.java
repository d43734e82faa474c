package org.frontline.qualityaudit.operations;

/**
 * The raw counts of one agent or team over a period, as the database sums them: reviews (current, submitted,
 * production, of contacts that arrived in the period), those with a score, the score total and the passes; handled
 * contacts and their handle seconds; surveyed and satisfied (CSAT 4-5) contacts and the CSAT total; resolved cases and those resolved at
 * first contact (one contact, never reopened); cases and those with no SLA breach.
 */
public record GroupFigures(
        long key,
        long reviews,
        long scored,
        double scoreTotal,
        long passed,
        long contacts,
        long handleSeconds,
        long surveyed,
        long satisfied,
        long csatTotal,
        long resolvedCases,
        long firstContactResolved,
        long cases,
        long casesWithoutBreach) {

    /** A group's reviews: how many, how many scored, their score total and passes. */
    public static GroupFigures reviews(long key, long reviews, long scored, double scoreTotal, long passed) {
        return new GroupFigures(key, reviews, scored, scoreTotal, passed, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** A group's handled contacts: how many, their handle seconds, and their CSAT answers. */
    public static GroupFigures contacts(
            long key, long contacts, long handleSeconds, long surveyed, long satisfied, long csatTotal) {
        return new GroupFigures(key, 0, 0, 0, 0, contacts, handleSeconds, surveyed, satisfied, csatTotal, 0, 0, 0, 0);
    }

    /** A group's resolved cases and those resolved at first contact. */
    public static GroupFigures resolutions(long key, long resolvedCases, long firstContactResolved) {
        return new GroupFigures(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, resolvedCases, firstContactResolved, 0, 0);
    }

    /** A group's cases and those without an SLA breach. */
    public static GroupFigures slas(long key, long cases, long casesWithoutBreach) {
        return new GroupFigures(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, cases, casesWithoutBreach);
    }

    /** The figures of one group from several partial sums (each query fills its own columns). */
    GroupFigures plus(GroupFigures other) {
        return new GroupFigures(
                key,
                reviews + other.reviews,
                scored + other.scored,
                scoreTotal + other.scoreTotal,
                passed + other.passed,
                contacts + other.contacts,
                handleSeconds + other.handleSeconds,
                surveyed + other.surveyed,
                satisfied + other.satisfied,
                csatTotal + other.csatTotal,
                resolvedCases + other.resolvedCases,
                firstContactResolved + other.firstContactResolved,
                cases + other.cases,
                casesWithoutBreach + other.casesWithoutBreach);
    }
}
