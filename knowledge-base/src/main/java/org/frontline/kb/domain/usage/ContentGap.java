package org.frontline.kb.domain.usage;

import java.time.Instant;

/**
 * A need readers searched for that the knowledge base does not meet: searches of one topic that found nothing, or
 * found articles nobody opened.
 *
 * @param topic the query reduced to its stemmed, sorted words: what groups the searches
 * @param example the latest query typed for it
 * @param clicks how many of the searches led to an article being opened
 */
public record ContentGap(String topic, String example, long searches, long clicks, Instant lastSearchedAt) {

    /** Searches that led to a click, out of all of them. */
    public Share clickThrough() {
        return new Share(Math.min(clicks, searches), searches);
    }
}
