package org.frontline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.frontline.core.domain.shared.Channel;

/**
 * Decides which agent gets a contact and which contact an agent gets, in memory and under one lock, so that no two
 * agents get the same contact and no agent holds more than their channel capacity. Contacts with the same requirement
 * wait in one line ({@link Bucket}) ordered by {@link Urgency}; each line keeps its free qualified agents ordered by
 * skill match and the {@link AgentSelection} policy; an agent knows the lines they qualify for. So a decision reads
 * the heads of a few ordered sets and never scans every agent or every contact. Waiting contacts widen by their
 * queue's {@link WideningStep}s as time passes ({@link #tick}). Every decision says why ({@link Decision}).
 */
public final class RoutingEngine {
    private static final int CANDIDATES_SHOWN = 5;
    private static final int EXCLUSIONS_SKIPPED = 32;

    private final Map<String, RoutingQueue> queues;
    private final RoutingWeights weights;
    private final AgentSelection selection;
    private final Map<Requirement, Bucket> buckets = new HashMap<>();
    private final Map<Long, Seat> seats = new HashMap<>();
    /** Agents by the languages they speak well enough to take contacts in: a new line looks only at these. */
    private final Map<String, Map<Long, Seat>> speakers = new HashMap<>();

    private final Map<Long, Waiting> waiting = new HashMap<>();
    private final PriorityQueue<Widening> widenings = new PriorityQueue<>(Widening.ORDER);

    /** A contact in line: its bucket, urgency, and how many widening steps it has taken. */
    private record Waiting(WaitingContact contact, Urgency urgency, Bucket bucket, int steps, String queue) {}

    /** A waiting contact's next widening step, due at {@code due}; contacts due together widen most urgent first. */
    private record Widening(Instant due, Bucket.Place place, int step) {
        static final Comparator<Widening> ORDER =
                Comparator.comparing(Widening::due).thenComparing(Widening::place, Bucket.Place.ORDER);

        long contactId() {
            return place.contactId();
        }
    }

    public RoutingEngine(List<RoutingQueue> queues, RoutingWeights weights, AgentSelection selection) {
        this.queues = new HashMap<>();
        queues.forEach(q -> this.queues.put(q.name(), q));
        this.weights = Objects.requireNonNull(weights, "weights");
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    /** Adds an agent, or replaces their profile; a new agent is not taking contacts until {@link #available}. */
    public synchronized void join(RoutableAgent agent, Instant now) {
        Seat previous = seats.get(agent.id());
        Seat seat = new Seat(agent, now);
        if (previous != null) {
            previous.eligible.forEach(b -> b.unseat(agent.id()));
            for (String language : previous.agent.languages().keySet()) {
                Map<Long, Seat> speaking = speakers.get(language);
                if (speaking != null) {
                    speaking.remove(agent.id());
                }
            }
            seat.active.putAll(previous.active);
            seat.available = previous.available;
            seat.idleSince = previous.idleSince;
            seat.lastOfferedAt = previous.lastOfferedAt;
        }
        seats.put(agent.id(), seat);
        agent.languages().forEach((language, level) -> {
            if (level >= Requirement.LANGUAGE_PROFICIENCY) {
                speakers.computeIfAbsent(language, l -> new HashMap<>()).put(agent.id(), seat);
            }
        });
        for (Bucket bucket : buckets.values()) {
            if (bucket.requirement.isMetBy(agent)) {
                seat.eligible.add(bucket);
            }
        }
        reseat(seat);
    }

    /** The agent takes contacts from now on; returns the contacts they get at once. */
    public synchronized List<Decision> available(long agentId, Instant now) {
        Seat seat = seat(agentId);
        if (!seat.available) {
            seat.available = true;
            seat.idleSince = now;
            reseat(seat);
        }
        return fill(seat, now);
    }

    /** The agent stops taking new contacts (those they hold stay theirs until completed). */
    public synchronized void unavailable(long agentId) {
        Seat seat = seat(agentId);
        seat.available = false;
        seat.eligible.forEach(b -> b.unseat(agentId));
    }

    /** The agent finished a contact of this channel; returns the contacts they get next. */
    public synchronized List<Decision> complete(long agentId, Channel channel, Instant now) {
        Seat seat = seat(agentId);
        int held = seat.active(channel);
        if (held == 0) {
            throw new IllegalStateException("agent " + agentId + " holds no " + channel + " contact");
        }
        seat.active.put(channel, held - 1);
        seat.idleSince = now;
        reseat(seat);
        return fill(seat, now);
    }

    /**
     * A contact arrives: it goes to the best free qualified agent at once, or waits in line.
     *
     * @return the decision, when an agent took it
     */
    public synchronized Optional<Decision> arrive(WaitingContact contact, Instant now) {
        if (waiting.containsKey(contact.id())) {
            throw new IllegalStateException("contact " + contact.id() + " is already waiting");
        }
        RoutingQueue queue = queue(contact.queue());
        Requirement requirement = contact.requirement();
        int steps = 0;
        String queueName = queue.name();
        while (steps < queue.steps().size()
                && !contact.arrivedAt().plus(queue.steps().get(steps).after()).isAfter(now)) {
            WideningStep step = queue.steps().get(steps);
            requirement = requirement.widenedBy(step, overflowSkills(step));
            queueName = step.overflowTo().orElse(queueName);
            steps++;
        }
        Waiting entry = new Waiting(contact, weights.urgencyOf(contact), bucket(requirement), steps, queueName);
        Optional<Decision> decision = offerToAgent(entry, now, Decision.Trigger.CONTACT_ARRIVED);
        if (decision.isEmpty()) {
            enqueue(entry);
        }
        return decision;
    }

    /** Takes a waiting contact out of line (it was abandoned or handled elsewhere); false when it was not waiting. */
    public synchronized boolean withdraw(long contactId) {
        Waiting entry = waiting.remove(contactId);
        if (entry == null) {
            return false;
        }
        entry.bucket().waiting.remove(place(entry));
        return true;
    }

    /** Applies the widening steps due by {@code now}; returns the contacts that found an agent through them. */
    public synchronized List<Decision> tick(Instant now) {
        List<Decision> decisions = new ArrayList<>();
        while (!widenings.isEmpty() && !widenings.peek().due().isAfter(now)) {
            Widening due = widenings.poll();
            Waiting entry = waiting.get(due.contactId());
            if (entry == null || entry.steps() != due.step()) {
                continue;
            }
            waiting.remove(entry.contact().id());
            entry.bucket().waiting.remove(place(entry));
            RoutingQueue queue = queue(entry.queue());
            WideningStep step = queue(entry.contact().queue()).steps().get(due.step());
            Waiting widened = new Waiting(
                    entry.contact(),
                    entry.urgency(),
                    bucket(entry.bucket().requirement.widenedBy(step, overflowSkills(step))),
                    due.step() + 1,
                    step.overflowTo().orElse(queue.name()));
            offerToAgent(widened, now, Decision.Trigger.WIDENED)
                    .ifPresentOrElse(decisions::add, () -> enqueue(widened));
        }
        return decisions;
    }

    /** How many contacts wait, and since when the longest has. */
    public synchronized QueueStatus status(Instant now) {
        Instant oldest = waiting.values().stream()
                .map(w -> w.contact().arrivedAt())
                .min(Instant::compareTo)
                .orElse(now);
        return new QueueStatus(waiting.size(), Duration.between(oldest, now));
    }

    /** What a waiting count and the longest wait are. */
    public record QueueStatus(int waiting, Duration longestWait) {}

    private Optional<Decision> offerToAgent(Waiting entry, Instant now, Decision.Trigger trigger) {
        Bucket bucket = entry.bucket();
        WaitingContact contact = entry.contact();
        FreeAgent chosen = null;
        String why = null;
        for (FreeAgent free : bucket.free) {
            if (contact.preferredAgents().contains(free.agentId())) {
                chosen = free;
                why = "agent " + free.agentId() + " is one the contact prefers and is free";
                break;
            }
        }
        if (chosen == null) {
            int skipped = 0;
            for (FreeAgent free : bucket.free) {
                if (!contact.excludedAgents().contains(free.agentId())) {
                    chosen = free;
                    why = "agent " + free.agentId() + " has the best skill match (" + free.skillMatch() + ") of the "
                            + bucket.free.size() + " free agents who qualify, then " + tieBreak();
                    break;
                }
                if (++skipped > EXCLUSIONS_SKIPPED) {
                    break;
                }
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        List<String> candidates = bucket.free.stream()
                .limit(CANDIDATES_SHOWN)
                .map(f -> "agent " + f.agentId() + ": skill match " + f.skillMatch())
                .toList();
        assign(seats.get(chosen.agentId()), contact.channel(), now);
        return Optional.of(new Decision(
                contact.id(),
                chosen.agentId(),
                contact.channel(),
                now,
                trigger,
                bucket.requirement.toString(),
                candidates,
                why));
    }

    private String tieBreak() {
        return switch (selection) {
            case LONGEST_IDLE -> "the longest idle";
            case LEAST_OCCUPIED -> "the least occupied, then the longest idle";
            case ROUND_ROBIN -> "the one offered a contact least recently";
        };
    }

    /** Gives the free agent the most urgent contacts they qualify for, until they are full or no contact fits. */
    private List<Decision> fill(Seat seat, Instant now) {
        List<Decision> decisions = new ArrayList<>();
        while (true) {
            Waiting best = null;
            List<Waiting> heads = new ArrayList<>();
            for (Bucket bucket : seat.eligible) {
                if (!seat.hasRoomFor(bucket.requirement.channel()) || bucket.waiting.isEmpty()) {
                    continue;
                }
                Waiting head = head(bucket, seat.agent.id());
                if (head != null) {
                    heads.add(head);
                    if (best == null || Bucket.Place.ORDER.compare(place(head), place(best)) < 0) {
                        best = head;
                    }
                }
            }
            if (best == null) {
                return decisions;
            }
            waiting.remove(best.contact().id());
            best.bucket().waiting.remove(place(best));
            List<String> candidates = heads.stream()
                    .sorted((a, b) -> Bucket.Place.ORDER.compare(place(a), place(b)))
                    .limit(CANDIDATES_SHOWN)
                    .map(w -> "contact " + w.contact().id() + ": "
                            + w.urgency().explain(w.contact().arrivedAt()))
                    .toList();
            assign(seat, best.contact().channel(), now);
            decisions.add(new Decision(
                    best.contact().id(),
                    seat.agent.id(),
                    best.contact().channel(),
                    now,
                    Decision.Trigger.AGENT_FREE,
                    best.bucket().requirement.toString(),
                    candidates,
                    "contact " + best.contact().id() + " ranks first of the " + heads.size()
                            + " lines the agent qualifies for: "
                            + best.urgency().explain(best.contact().arrivedAt())));
        }
    }

    /** The first contact in line that does not exclude this agent, looking a little way down the line. */
    private Waiting head(Bucket bucket, long agentId) {
        Iterator<Bucket.Place> places = bucket.waiting.iterator();
        for (int i = 0; i <= EXCLUSIONS_SKIPPED && places.hasNext(); i++) {
            Waiting entry = waiting.get(places.next().contactId());
            if (!entry.contact().excludedAgents().contains(agentId)) {
                return entry;
            }
        }
        return null;
    }

    private void assign(Seat seat, Channel channel, Instant now) {
        seat.active.merge(channel, 1, Integer::sum);
        seat.lastOfferedAt = now;
        seat.idleSince = now;
        reseat(seat);
    }

    /** Puts the agent in, or takes them out of, each line they qualify for, by whether they have room now. */
    private void reseat(Seat seat) {
        for (Bucket bucket : seat.eligible) {
            if (seat.hasRoomFor(bucket.requirement.channel())) {
                bucket.seat(freeAgent(seat, bucket));
            } else {
                bucket.unseat(seat.agent.id());
            }
        }
    }

    private FreeAgent freeAgent(Seat seat, Bucket bucket) {
        long idle = seat.idleSince.toEpochMilli();
        int match = bucket.requirement.skillMatch(seat.agent);
        return switch (selection) {
            case LONGEST_IDLE -> new FreeAgent(seat.agent.id(), match, idle, 0);
            case LEAST_OCCUPIED -> new FreeAgent(seat.agent.id(), match, Math.round(seat.occupancy() * 1e6), idle);
            case ROUND_ROBIN -> new FreeAgent(seat.agent.id(), match, seat.lastOfferedAt.toEpochMilli(), 0);
        };
    }

    private void enqueue(Waiting entry) {
        waiting.put(entry.contact().id(), entry);
        entry.bucket().waiting.add(place(entry));
        List<WideningStep> steps = queue(entry.contact().queue()).steps();
        if (entry.steps() < steps.size()) {
            widenings.add(new Widening(
                    entry.contact().arrivedAt().plus(steps.get(entry.steps()).after()), place(entry), entry.steps()));
        }
    }

    private static Bucket.Place place(Waiting entry) {
        return new Bucket.Place(
                entry.urgency().virtualArrival(), entry.contact().id());
    }

    /** The line for this requirement, made (and filled with the agents who meet it) the first time it is needed. */
    private Bucket bucket(Requirement requirement) {
        return buckets.computeIfAbsent(requirement, r -> {
            Bucket bucket = new Bucket(r);
            Map<Long, Seat> candidates = new HashMap<>();
            r.languages().forEach(l -> candidates.putAll(speakers.getOrDefault(l, Map.of())));
            for (Seat seat : candidates.values()) {
                if (r.isMetBy(seat.agent)) {
                    seat.eligible.add(bucket);
                    if (seat.hasRoomFor(r.channel())) {
                        bucket.seat(freeAgent(seat, bucket));
                    }
                }
            }
            return bucket;
        });
    }

    private Map<String, Integer> overflowSkills(WideningStep step) {
        return step.overflowTo().map(name -> queue(name).skills()).orElse(Map.of());
    }

    private RoutingQueue queue(String name) {
        RoutingQueue queue = queues.get(name);
        if (queue == null) {
            throw new IllegalArgumentException("no routing queue named '" + name + "'");
        }
        return queue;
    }

    private Seat seat(long agentId) {
        Seat seat = seats.get(agentId);
        if (seat == null) {
            throw new IllegalArgumentException("agent " + agentId + " has not joined routing");
        }
        return seat;
    }
}
