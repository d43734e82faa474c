package org.frontline.routing.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.OptionalDouble;

/**
 * One half-hour of the week plan: the contacts forecast for it and their handle time, the agents it needs and those to
 * schedule, and the agents it actually had on average over the same weeks (logged in, and of those, taking contacts).
 *
 * @param averageHandleSeconds empty when no contact was ever answered in the history, so no staff can be derived
 */
public record IntervalPlan(
        DayOfWeek day,
        LocalTime start,
        double forecastArrivals,
        OptionalDouble averageHandleSeconds,
        double traffic,
        int requiredAgents,
        int scheduledAgents,
        double actualLoggedIn,
        double actualTakingContacts) {

    /** Scheduled less actually logged in: positive when the half-hour was short of staff. */
    public double shortfall() {
        return scheduledAgents - actualLoggedIn;
    }
}
