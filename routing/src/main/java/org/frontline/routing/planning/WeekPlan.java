package org.frontline.routing.planning;

import java.time.Instant;
import java.util.List;

/**
 * A week of half-hour staffing, Monday 00:00 first, learnt from the history between {@code from} and {@code until}.
 *
 * @param method how the forecast and the staff were computed, in words a planner can check
 */
public record WeekPlan(Instant from, Instant until, String method, List<IntervalPlan> intervals) {

    /** Agent-hours to schedule over the week. */
    public double scheduledHours() {
        return intervals.stream().mapToDouble(IntervalPlan::scheduledAgents).sum() * WeekSlots.MINUTES / 60;
    }

    /** Agent-hours logged in, on average, over the history's weeks. */
    public double actualLoggedInHours() {
        return intervals.stream().mapToDouble(IntervalPlan::actualLoggedIn).sum() * WeekSlots.MINUTES / 60;
    }
}
