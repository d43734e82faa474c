package org.frontline.web.simulation;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;

/**
 * One stream of simulated contacts: the queue they enter, their channel, skills (the queue's by default), language
 * and tier; how many arrive per interval (a list with one number per interval, or one number for every interval);
 * handle time (a mean, log-normal with {@code handleDeviationSeconds}, exponential without; or fitted from the last
 * {@code fitHandleTimeDays} days of history); and mean patience (exponential; none: callers never hang up).
 */
public record DemandPayload(
        @NotNull String queue,
        String channel,
        Map<String, Integer> skills,
        String language,
        String tier,
        double[] arrivals,
        Double arrivalsPerInterval,
        Double handleSeconds,
        Double handleDeviationSeconds,
        Integer fitHandleTimeDays,
        Double patienceSeconds) {

    Map<String, Integer> skillsOrNone() {
        return Optional.ofNullable(skills).orElse(Map.of());
    }
}
