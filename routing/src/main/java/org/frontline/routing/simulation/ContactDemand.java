package org.frontline.routing.simulation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * One stream of contacts: the queue they enter and what they need, how many arrive in each interval of the day
 * (Poisson within the interval), how long they take to handle, and how long callers wait before giving up (none:
 * they wait for ever).
 */
public record ContactDemand(
        String queue,
        Channel channel,
        Map<String, Integer> skills,
        String language,
        SupportTier tier,
        double[] arrivals,
        Distribution handleTime,
        Optional<Distribution> patience) {

    public ContactDemand {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(channel, "channel");
        skills = Map.copyOf(skills);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(tier, "tier");
        arrivals = arrivals.clone();
        for (double a : arrivals) {
            if (!(a >= 0) || !Double.isFinite(a)) {
                throw new IllegalArgumentException("arrivals per interval must be 0 or more, got " + a);
            }
        }
        Objects.requireNonNull(handleTime, "handleTime");
        Objects.requireNonNull(patience, "patience");
    }

    @Override
    public double[] arrivals() {
        return arrivals.clone();
    }

    /** The arrivals expected in interval {@code i}. */
    public double arrivalsIn(int i) {
        return arrivals[i];
    }
}
