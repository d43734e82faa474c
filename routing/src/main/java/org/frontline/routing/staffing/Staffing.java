package org.frontline.routing.staffing;

import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Finds the fewest agents with which an interval meets its service target, for any queue model whose service level
 * rises, and whose occupancy and abandonment fall, as agents are added: doubling steps from a staff known to fall
 * short until the target is met, then halving back. Fewer agents than the traffic less the abandonment allowed always
 * fall short (an agent carries at most one Erlang).
 */
public final class Staffing {
    /** No target is worth more than this many agents per Erlang of traffic (an occupancy of 5%). */
    private static final int MAX_AGENTS_PER_ERLANG = 20;

    private Staffing() {}

    /**
     * @param shrinkage the share of scheduled time agents are not taking contacts (breaks, training, absence), in
     *     [0, 1)
     */
    public static StaffingPlan plan(QueueModel model, ServiceTarget target, double shrinkage) {
        requireShrinkage(shrinkage);
        double traffic = model.workload().traffic();
        int required = required(model, target, traffic);
        QueuePerformance performance = model.performance(required, target.thresholdSeconds());
        int scheduled = (int) Math.ceil(required / (1 - shrinkage) - 1e-9);
        return new StaffingPlan(traffic, required, scheduled, performance);
    }

    /** Refuses a shrinkage outside [0, 1): at 1 nobody ever takes a contact. */
    public static double requireShrinkage(double shrinkage) {
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new InvalidValueException(
                    "shrinkage", "must be a share from 0 up to, not including, 1 (0.3 for 30%), got " + shrinkage);
        }
        return shrinkage;
    }

    private static int required(QueueModel model, ServiceTarget target, double traffic) {
        if (meets(model, target, 0)) {
            return 0;
        }
        long limit = Math.max(100, (long) Math.ceil(traffic * MAX_AGENTS_PER_ERLANG));
        int failing = Math.max(model.fallsShortWith(), (int) Math.ceil(traffic * (1 - target.maxAbandonment())) - 1);
        failing = Math.max(0, failing);
        int step = 1;
        int meeting = failing + step;
        while (!meets(model, target, meeting)) {
            failing = meeting;
            step *= 2;
            if ((long) failing + step > limit) {
                throw infeasible(target, limit);
            }
            meeting = failing + step;
        }
        while (meeting - failing > 1) {
            int middle = failing + (meeting - failing) / 2;
            if (meets(model, target, middle)) {
                meeting = middle;
            } else {
                failing = middle;
            }
        }
        return meeting;
    }

    private static boolean meets(QueueModel model, ServiceTarget target, int agents) {
        return target.isMetBy(model.performance(agents, target.thresholdSeconds()));
    }

    /** Names the input that makes the target unreachable: the occupancy cap when it alone would need that many. */
    private static InvalidValueException infeasible(ServiceTarget target, long limit) {
        String reason =
                "cannot be met with up to " + limit + " agents (" + MAX_AGENTS_PER_ERLANG + " per Erlang of traffic)";
        if (target.maxOccupancy() < 1.0 / MAX_AGENTS_PER_ERLANG) {
            return new InvalidValueException("maxOccupancy", reason + ": " + target.maxOccupancy() + " is too low");
        }
        return new InvalidValueException("serviceLevel", reason + "; lower the target or lengthen the threshold");
    }
}
