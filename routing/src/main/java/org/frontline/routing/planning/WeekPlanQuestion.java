package org.frontline.routing.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.routing.staffing.ErlangA;
import org.frontline.routing.staffing.ServiceTarget;
import org.frontline.routing.staffing.Staffing;
import org.frontline.routing.staffing.Workload;

/**
 * What a week plan is for: the history it learns from (the {@code weeks} weeks before {@code until}, one channel or
 * all), the clock its half-hours follow, and how to staff them (target, shrinkage, contacts an agent handles at once,
 * and the callers' mean patience when they abandon: Erlang A instead of Erlang C).
 */
public record WeekPlanQuestion(
        ZoneId zone,
        Optional<Channel> channel,
        Instant until,
        int weeks,
        ServiceTarget target,
        double shrinkage,
        int concurrency,
        OptionalDouble patienceSeconds) {
    public static final int MAX_WEEKS = 12;

    public WeekPlanQuestion {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(patienceSeconds, "patienceSeconds");
        Workload.requireConcurrency(concurrency);
        Staffing.requireShrinkage(shrinkage);
        patienceSeconds.ifPresent(ErlangA::requirePatience);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidValueException(
                    "weeks", "must be between 1 and " + MAX_WEEKS + " weeks of history, got " + weeks);
        }
    }

    Instant from() {
        return until.minus(Duration.ofDays(7L * weeks));
    }
}
