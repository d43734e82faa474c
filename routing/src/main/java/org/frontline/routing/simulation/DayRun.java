package org.frontline.routing.simulation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.routing.engine.Decision;
import org.frontline.routing.engine.RoutingEngine;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.WaitingContact;

/**
 * One simulated day: a queue of timed events (arrivals, hang-ups, completions, shift starts and ends, the routing
 * clock's ticks) played in order against a fresh routing engine, which makes every decision as it would live.
 * Contacts still waiting an hour after the day ends count as offered and never answered.
 */
final class DayRun {
    /** Any fixed instant will do: the engine only compares and subtracts times. */
    private static final Instant DAWN = Instant.parse("2026-01-05T00:00:00Z");

    private static final double TICK_SECONDS = 1;
    private static final double DRAIN_SECONDS = 3_600;

    private enum Kind {
        ARRIVAL,
        ABANDON,
        DONE,
        SHIFT_START,
        SHIFT_END,
        TICK
    }

    /** {@code index}: the demand (arrival), shift (shift start/end) or agent (done); {@code id}: the contact. */
    private record Event(double at, long order, Kind kind, int index, long id, Channel channel) {}

    private record Waiting(int demand, int queue, double arrivedAt, int interval) {}

    private final Scenario scenario;
    private final SplittableRandom random;
    private final RoutingEngine engine;
    private final DayFigures figures;
    private final PriorityQueue<Event> events =
            new PriorityQueue<>(Comparator.comparingDouble(Event::at).thenComparingLong(Event::order));
    private final Map<Long, Waiting> waiting = new HashMap<>();
    private final Map<Long, Integer> agentIndex = new HashMap<>();
    private final int[] queueOfDemand;
    private final int[] held;
    private final double[] busySince;
    private final double intervalSeconds;
    private final double targetSeconds;
    private long order;
    private long nextContact = 1;

    DayRun(Scenario scenario, SplittableRandom random) {
        this.scenario = scenario;
        this.random = random;
        this.engine = new RoutingEngine(scenario.queues(), scenario.weights(), scenario.selection());
        this.intervalSeconds = scenario.interval().toSeconds();
        this.targetSeconds = scenario.answerTarget().toMillis() / 1000.0;
        this.figures = new DayFigures(scenario.queues().size(), scenario.intervals(), intervalSeconds);
        List<String> names = scenario.queues().stream().map(RoutingQueue::name).toList();
        this.queueOfDemand = scenario.demand().stream()
                .mapToInt(d -> names.indexOf(d.queue()))
                .toArray();
        this.held = new int[scenario.shifts().size()];
        this.busySince = new double[scenario.shifts().size()];
    }

    DayFigures run() {
        List<Shift> shifts = scenario.shifts();
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            agentIndex.put(shift.agent().id(), i);
            engine.join(shift.agent(), DAWN);
            double start = shift.start().toMillis() / 1000.0;
            double end = shift.end().toMillis() / 1000.0;
            schedule(start, Kind.SHIFT_START, i, 0, null);
            schedule(end, Kind.SHIFT_END, i, 0, null);
            figures.staffed(start, end);
        }
        for (int d = 0; d < scenario.demand().size(); d++) {
            scheduleArrival(d, 0);
        }
        if (scenario.queues().stream().anyMatch(q -> !q.steps().isEmpty())) {
            schedule(TICK_SECONDS, Kind.TICK, 0, 0, null);
        }
        double stop = scenario.daySeconds() + DRAIN_SECONDS;
        while (!events.isEmpty() && events.peek().at() <= stop) {
            handle(events.poll());
        }
        return figures;
    }

    private void handle(Event event) {
        double now = event.at();
        switch (event.kind()) {
            case ARRIVAL -> arrive(event.index(), now);
            case ABANDON -> {
                Waiting gaveUp = waiting.remove(event.id());
                if (gaveUp != null) {
                    engine.withdraw(event.id());
                    figures.abandon(gaveUp.queue(), gaveUp.interval());
                }
            }
            case DONE -> {
                int agent = event.index();
                if (--held[agent] == 0) {
                    figures.busy(busySince[agent], now);
                }
                engine.complete(scenario.shifts().get(agent).agent().id(), event.channel(), instant(now))
                        .forEach(decision -> start(decision, now));
            }
            case SHIFT_START ->
                engine.available(scenario.shifts().get(event.index()).agent().id(), instant(now))
                        .forEach(decision -> start(decision, now));
            case SHIFT_END ->
                engine.unavailable(scenario.shifts().get(event.index()).agent().id());
            case TICK -> {
                engine.tick(instant(now)).forEach(decision -> start(decision, now));
                if (now < scenario.daySeconds()) {
                    schedule(now + TICK_SECONDS, Kind.TICK, 0, 0, null);
                }
            }
        }
    }

    private void arrive(int d, double now) {
        ContactDemand demand = scenario.demand().get(d);
        long id = nextContact++;
        int interval = (int) (now / intervalSeconds);
        figures.offer(queueOfDemand[d], interval);
        waiting.put(id, new Waiting(d, queueOfDemand[d], now, interval));
        WaitingContact contact = new WaitingContact(
                id,
                demand.queue(),
                demand.channel(),
                demand.skills(),
                demand.language(),
                demand.tier(),
                Priority.P3,
                ValueTier.STANDARD,
                Optional.empty(),
                instant(now),
                Set.of(),
                Set.of());
        engine.arrive(contact, instant(now)).ifPresent(decision -> start(decision, now));
        if (waiting.containsKey(id)) {
            demand.patience().ifPresent(p -> schedule(now + p.sample(random), Kind.ABANDON, 0, id, null));
        }
        scheduleArrival(d, now);
    }

    /** The agent the engine chose takes the contact now and finishes it a handle time later. */
    private void start(Decision decision, double now) {
        Waiting answered = waiting.remove(decision.contactId());
        double wait = now - answered.arrivedAt();
        figures.answer(answered.queue(), answered.interval(), wait, wait <= targetSeconds);
        int agent = agentIndex.get(decision.agentId());
        if (held[agent]++ == 0) {
            busySince[agent] = now;
        }
        double handle = scenario.demand().get(answered.demand()).handleTime().sample(random);
        schedule(now + handle, Kind.DONE, agent, decision.contactId(), decision.channel());
    }

    /**
     * The next arrival of a Poisson process whose rate is constant within each interval: an exponential amount of
     * "expected arrivals" is used up interval by interval, at each interval's rate.
     */
    private void scheduleArrival(int d, double after) {
        ContactDemand demand = scenario.demand().get(d);
        double budget = -Math.log(1 - random.nextDouble());
        double t = after;
        int i = (int) (t / intervalSeconds);
        while (i < scenario.intervals()) {
            double rate = demand.arrivalsIn(i) / intervalSeconds;
            double intervalEnd = (i + 1) * intervalSeconds;
            if (rate > 0 && t + budget / rate < intervalEnd) {
                schedule(t + budget / rate, Kind.ARRIVAL, d, 0, null);
                return;
            }
            budget -= rate * (intervalEnd - t);
            t = intervalEnd;
            i++;
        }
    }

    private void schedule(double at, Kind kind, int index, long id, Channel channel) {
        events.add(new Event(at, order++, kind, index, id, channel));
    }

    private static Instant instant(double seconds) {
        return DAWN.plusNanos((long) (seconds * 1e9));
    }
}
