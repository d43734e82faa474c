package org.frontline.kb.domain.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * The content-gap report: searches grouped by topic that found nothing, or found articles that readers rarely opened
 * (a click-through of 20% or less), so authors know what to write or rewrite next.
 */
public class ContentGaps {
    /** Without a start, the report covers the last 30 days. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    /** At most one search in five led to an article being opened. */
    static final double LOW_CLICK_THROUGH = 0.2;

    public static final int MAX_TOPICS = 100;

    private final UsageRepository usage;
    private final Clock clock;

    public ContentGaps(UsageRepository usage, Clock clock) {
        this.usage = Objects.requireNonNull(usage, "usage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param since start of the period (default: 30 days ago)
     * @param minSearches how often a topic must have been searched to count
     * @param limit topics per list, 1 to {@value #MAX_TOPICS}
     */
    public ContentGapReport report(Optional<Instant> since, long minSearches, int limit) {
        if (minSearches < 1) {
            throw new InvalidValueException("minSearches", "must be at least 1, got " + minSearches);
        }
        if (limit < 1 || limit > MAX_TOPICS) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_TOPICS + ", got " + limit);
        }
        Instant start = since.orElseGet(() -> clock.instant().minus(DEFAULT_PERIOD));
        return new ContentGapReport(
                start,
                usage.searchesSince(start),
                usage.noResultTopics(start, minSearches, limit),
                usage.lowClickTopics(start, minSearches, LOW_CLICK_THROUGH, limit));
    }
}
