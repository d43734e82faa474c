package org.frontline.web.staffing;

import java.time.Instant;
import java.util.List;
import org.frontline.routing.planning.IntervalPlan;
import org.frontline.routing.planning.WeekPlan;

/** A week of half-hour staffing with its totals, Monday 00:00 first; see {@link WeekPlan}. */
public record WeekPlanResponse(
        Instant from,
        Instant until,
        String method,
        double scheduledHours,
        double actualLoggedInHours,
        List<Interval> intervals) {

    /** One half-hour; {@code averageHandleSeconds} is absent when no contact was ever answered to learn it from. */
    public record Interval(
            String day,
            String start,
            double forecastArrivals,
            Double averageHandleSeconds,
            double traffic,
            int requiredAgents,
            int scheduledAgents,
            double actualLoggedIn,
            double actualTakingContacts,
            double shortfall) {

        static Interval from(IntervalPlan plan) {
            return new Interval(
                    plan.day().name(),
                    plan.start().toString(),
                    plan.forecastArrivals(),
                    plan.averageHandleSeconds().isPresent()
                            ? plan.averageHandleSeconds().getAsDouble()
                            : null,
                    plan.traffic(),
                    plan.requiredAgents(),
                    plan.scheduledAgents(),
                    plan.actualLoggedIn(),
                    plan.actualTakingContacts(),
                    plan.shortfall());
        }
    }

    static WeekPlanResponse from(WeekPlan plan) {
        return new WeekPlanResponse(
                plan.from(),
                plan.until(),
                plan.method(),
                plan.scheduledHours(),
                plan.actualLoggedInHours(),
                plan.intervals().stream().map(Interval::from).toList());
    }
}
