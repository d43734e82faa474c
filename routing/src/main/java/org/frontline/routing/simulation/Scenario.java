package org.frontline.routing.simulation;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.frontline.routing.engine.AgentSelection;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.RoutingWeights;

/**
 * A day to simulate: the queues and their rules, the contacts that arrive, the agents' shifts, the length and number
 * of the reporting intervals, the answer target service level counts against, and how the engine routes.
 */
public record Scenario(
        List<RoutingQueue> queues,
        List<ContactDemand> demand,
        List<Shift> shifts,
        Duration interval,
        int intervals,
        Duration answerTarget,
        AgentSelection selection,
        RoutingWeights weights) {

    public Scenario {
        queues = List.copyOf(queues);
        demand = List.copyOf(demand);
        shifts = List.copyOf(shifts);
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(answerTarget, "answerTarget");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(weights, "weights");
        if (interval.toSeconds() < 60 || intervals < 1 || intervals > 2_000) {
            throw new IllegalArgumentException("intervals must be at least a minute long and 1 to 2,000 in number");
        }
        Set<String> names = new HashSet<>();
        queues.forEach(q -> names.add(q.name()));
        for (ContactDemand d : demand) {
            if (!names.contains(d.queue())) {
                throw new IllegalArgumentException("demand for queue " + d.queue() + ", which the scenario lacks");
            }
            if (d.arrivals().length != intervals) {
                throw new IllegalArgumentException(
                        "demand for " + d.queue() + " gives " + d.arrivals().length + " intervals, not " + intervals);
            }
        }
        Set<Long> agents = new HashSet<>();
        for (Shift shift : shifts) {
            if (!agents.add(shift.agent().id())) {
                throw new IllegalArgumentException("agent " + shift.agent().id() + " has two shifts");
            }
        }
    }

    /** The simulated day's length: every interval. */
    public double daySeconds() {
        return (double) interval.toSeconds() * intervals;
    }

    /** The same day with other shifts: the what-if of staffing. */
    public Scenario withShifts(List<Shift> other) {
        return new Scenario(queues, demand, other, interval, intervals, answerTarget, selection, weights);
    }

    /** The same day with other queue rules: the what-if of routing. */
    public Scenario withQueues(List<RoutingQueue> other) {
        return new Scenario(other, demand, shifts, interval, intervals, answerTarget, selection, weights);
    }
}
