package org.frontline.routing.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.frontline.routing.staffing.ErlangA;
import org.frontline.routing.staffing.ErlangC;
import org.frontline.routing.staffing.QueueModel;
import org.frontline.routing.staffing.Staffing;
import org.frontline.routing.staffing.StaffingPlan;
import org.frontline.routing.staffing.Workload;

/**
 * Plans a week of half-hours from history (seed 002's "scheduled vs actual staff"). Forecast by seasonal average: a
 * half-hour's arrivals are the mean of the same weekday and time over the history's weeks, its handle time the mean of
 * the contacts answered in it (of the whole history when none was). Each half-hour is then staffed by Erlang C (Erlang
 * A when a patience is given), and set beside the agents the status log shows logged in and taking contacts then.
 */
public class WeekPlanner {
    private static final double SLOT_SECONDS = WeekSlots.MINUTES * 60.0;

    private final PlanningHistory history;

    public WeekPlanner(PlanningHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    public WeekPlan plan(WeekPlanQuestion question) {
        WeekSlots slots = new WeekSlots(question.zone());
        Instant from = question.from();
        Instant until = question.until();
        long[] arrivals = new long[WeekSlots.COUNT];
        long[] answered = new long[WeekSlots.COUNT];
        double[] handled = new double[WeekSlots.COUNT];
        history.forEachInbound(from, until, question.channel(), work -> {
            int slot = slots.slotOf(work.arrivedAt());
            arrivals[slot]++;
            if (work.answered()) {
                answered[slot]++;
                handled[slot] += work.handleSeconds();
            }
        });
        double[] loggedIn = new double[WeekSlots.COUNT];
        double[] takingContacts = new double[WeekSlots.COUNT];
        history.forEachStretch(from, until, stretch -> {
            if (!stretch.status().isStaffed()) {
                return;
            }
            boolean taking = stretch.status().isTakingContacts();
            Instant start = stretch.start().isBefore(from) ? from : stretch.start();
            Instant end = stretch.end().isAfter(until) ? until : stretch.end();
            slots.spread(start, end, (slot, seconds) -> {
                loggedIn[slot] += seconds;
                if (taking) {
                    takingContacts[slot] += seconds;
                }
            });
        });
        OptionalDouble overallHandle =
                mean(Arrays.stream(handled).sum(), Arrays.stream(answered).sum());
        List<IntervalPlan> intervals = new ArrayList<>(WeekSlots.COUNT);
        int weeks = question.weeks();
        for (int slot = 0; slot < WeekSlots.COUNT; slot++) {
            double forecast = (double) arrivals[slot] / weeks;
            OptionalDouble handle = answered[slot] > 0 ? mean(handled[slot], answered[slot]) : overallHandle;
            StaffingPlan staff = handle.isPresent() && handle.getAsDouble() > 0
                    ? staff(question, forecast, handle.getAsDouble())
                    : null;
            intervals.add(new IntervalPlan(
                    WeekSlots.dayOf(slot),
                    WeekSlots.startOf(slot),
                    forecast,
                    handle,
                    staff == null ? 0 : staff.traffic(),
                    staff == null ? 0 : staff.requiredAgents(),
                    staff == null ? 0 : staff.scheduledAgents(),
                    loggedIn[slot] / (weeks * SLOT_SECONDS),
                    takingContacts[slot] / (weeks * SLOT_SECONDS)));
        }
        return new WeekPlan(from, until, method(question), intervals);
    }

    private static StaffingPlan staff(WeekPlanQuestion question, double arrivals, double handleSeconds) {
        Workload workload = new Workload(arrivals, handleSeconds, SLOT_SECONDS, question.concurrency());
        QueueModel model = question.patienceSeconds().isPresent()
                ? new ErlangA(workload, question.patienceSeconds().getAsDouble())
                : new ErlangC(workload);
        return Staffing.plan(model, question.target(), question.shrinkage());
    }

    private static String method(WeekPlanQuestion question) {
        return "Seasonal average over " + question.weeks() + " week(s): each half-hour's arrivals are the mean of the"
                + " same weekday and time (" + question.zone() + "), its handle time the mean of the contacts answered"
                + " then (of the whole history when none was); staffed by "
                + (question.patienceSeconds().isPresent()
                        ? "Erlang A (mean patience "
                                + question.patienceSeconds().getAsDouble() + " s)"
                        : "Erlang C")
                + "; actual staff from the agents' status log.";
    }

    private static OptionalDouble mean(double total, double count) {
        return count > 0 ? OptionalDouble.of(total / count) : OptionalDouble.empty();
    }
}
