package org.frontline.core.domain.kpi.repetition;

/**
 * One topic in the period.
 *
 * @param share percent of all the period's contacts that have a topic
 * @param previousContacts contacts about it in the period of equal length before
 * @param change percent more (or fewer) contacts than before; null when there were none before
 * @param newAccountShare percent of its contacts that came from new accounts
 * @param cases distinct cases its contacts belong to
 * @param firstContactResolution percent, null until some contact's repeat window has passed
 * @param averageHandleSeconds null when no contact about it was handled
 */
public record TopicFigures(
        String topic,
        long contacts,
        double share,
        long previousContacts,
        Double change,
        TopicTrend trend,
        long fromNewAccounts,
        double newAccountShare,
        long cases,
        Double firstContactResolution,
        Double averageHandleSeconds) {}
