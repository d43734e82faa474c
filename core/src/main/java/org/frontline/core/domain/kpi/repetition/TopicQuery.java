package org.frontline.core.domain.kpi.repetition;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.frontline.core.domain.kpi.Granularity;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A repetition analysis of the inbound contacts that arrived in [from, to).
 *
 * @param interval the length of the trend series' intervals, on {@code zone}'s calendar
 * @param top how many of the most frequent topics are drawn as series, and of new accounts' topics listed
 * @param newAccountAge an account younger than this when the customer got in touch counts as new
 * @param minContacts a team's topic needs at least this many contacts to count as a training need
 * @param fcrGap percentage points a topic's first-contact resolution must fall below its team's to count
 * @param ahtExcess percent a topic's average handle time must exceed its team's by to count
 */
public record TopicQuery(
        Instant from,
        Instant to,
        ZoneId zone,
        Granularity interval,
        int top,
        Duration newAccountAge,
        int minContacts,
        double fcrGap,
        double ahtExcess) {
    /** The longest period one analysis covers (its first-contact resolution is summed from the rows). */
    public static final Duration MAX_PERIOD = Duration.ofDays(366);

    public static final int MAX_TOP = 50;

    public TopicQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(newAccountAge, "newAccountAge");
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidValueException("to", "the period may be at most " + MAX_PERIOD.toDays() + " days");
        }
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidValueException("top", "must be between 1 and " + MAX_TOP + ", got " + top);
        }
        if (newAccountAge.toDays() < 1 || newAccountAge.toDays() > 3650) {
            throw new InvalidValueException(
                    "newAccountDays", "must be between 1 and 3650, got " + newAccountAge.toDays());
        }
        if (minContacts < 1) {
            throw new InvalidValueException("minContacts", "must be at least 1, got " + minContacts);
        }
        if (!(fcrGap >= 0 && fcrGap <= 100)) {
            throw new InvalidValueException("fcrGap", "must be between 0 and 100 percentage points, got " + fcrGap);
        }
        if (!(ahtExcess >= 0 && ahtExcess <= 1000)) {
            throw new InvalidValueException("ahtExcess", "must be between 0 and 1000 percent, got " + ahtExcess);
        }
    }

    /** The period of equal length just before this one, which trends compare with. */
    Instant previousFrom() {
        return from.minus(Duration.between(from, to));
    }
}
