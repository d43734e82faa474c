package org.frontline.kb.domain.usage;

/** What readers did with one article: how often it was read, linked to a solved case, and voted on. */
public record UsageCounts(long views, long links, long helpfulVotes, long notHelpfulVotes) {
    public static final UsageCounts NONE = new UsageCounts(0, 0, 0, 0);

    /** Helpful votes out of all votes. */
    public Share helpfulness() {
        return new Share(helpfulVotes, helpfulVotes + notHelpfulVotes);
    }
}
