package org.frontline.core.domain.kpi.repetition;

import java.util.Arrays;
import org.frontline.core.domain.kpi.ContactTally;

/**
 * The contacts of one team about one topic: their KPI tallies, how many came from new accounts, and how many distinct
 * cases they belong to.
 */
public record TopicTally(ContactTally contacts, long fromNewAccounts, long cases) {
    public static final TopicTally NONE = new TopicTally(ContactTally.NONE, 0, 0);

    /** From a row of the contact tallies' columns followed by the new-account and case counts. */
    public static TopicTally of(long[] v) {
        int n = v.length;
        return new TopicTally(ContactTally.of(Arrays.copyOf(v, n - 2)), v[n - 2], v[n - 1]);
    }

    /** The tally of both sets of contacts (cases shared by both are counted twice). */
    TopicTally plus(TopicTally other) {
        return new TopicTally(
                contacts.plus(other.contacts), fromNewAccounts + other.fromNewAccounts, cases + other.cases);
    }
}
