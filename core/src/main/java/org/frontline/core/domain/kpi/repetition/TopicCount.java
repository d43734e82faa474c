package org.frontline.core.domain.kpi.repetition;

/** How many contacts arrived about a topic in one interval, and how many of them from new accounts. */
public record TopicCount(long contacts, long fromNewAccounts) {
    public static final TopicCount NONE = new TopicCount(0, 0);
}
