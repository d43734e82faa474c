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
import java.util.Set;
import org.frontline.core.domain.shared.Channel;

/**
 * Decides which agent gets a contact and which contact an agent gets, in memory and under one lock, so that no two
 * agents get the same contact and no agent holds more than their channel capacity. Contacts with the same requirement
 * wait in one line ({@link Bucket}) ordered by {@link Urgency}; agents with room are indexed by channel, language and
 * tier ({@link AgentIndex}); an agent knows the lines they qualify for, by channel. An agent with room on a channel
 * never has a contact waiting for them there (it would have gone to them on arrival), so when they free up on a
 * channel only that channel's lines can hold their next contact: a decision reads the heads of those lines, or weighs
 * the free agents who could take a new contact, and never scans every agent or every contact. Waiting contacts widen
 * by their queue's {@link WideningStep}s as time passes ({@link #tick}). Every decision says why ({@link Decision}).
 */
public final class RoutingEngine {
    private static final int CANDIDATES_SHOWN = 5;
    private static final int EXCLUSIONS_SKIPPED = 32;

    private final Map<String, RoutingQueue> queues;
    private final RoutingWeights weights;
    private final AgentSelection selection;
    private final Map<Requirement, Bucket> buckets = new HashMap<>();
    private final Map<Long, Seat> seats = new HashMap<>();
    /** Every agent, by the channels they work: a new line looks only at those who could meet it. */
    private final AgentIndex everyone = new AgentIndex();

    private final Map<Long, Queued> waiting = new HashMap<>();
    /** The agents with room now, by channel. */
    private final AgentIndex free = new AgentIndex();

    private final PriorityQueue<Widening> widenings = new PriorityQueue<>(Widening.ORDER);

    /** A waiting contact's next widening step, due at {@code due}; contacts due together widen most urgent first. */
    private record Widening(Instant due, Queued entry, int step) {
        static final Comparator<Widening> ORDER =
                Comparator.comparing(Widening::due).thenComparing(Widening::entry, Queued.ORDER);

        long contactId() {
            return entry.contact().id();
        }
    }

    public RoutingEngine(List<RoutingQueue> queues, RoutingWeights weights, AgentSelection selection) {
        this.queues = new HashMap<>();
        queues.forEach(q -> this.queues.put(q.name(), q));
        this.weights = Objects.requireNonNull(weights, "weights");
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    /**
     * Adds an agent, or replaces their profile; a new agent is not taking contacts until {@link #available}. An
     * available agent whose new profile fits contacts already waiting gets them at once.
     */
    public synchronized List<Decision> join(RoutableAgent agent, Instant now) {
        Seat previous = seats.get(agent.id());
        Seat seat = new Seat(agent, now);
        if (previous != null) {
            previous.unlist(free);
            everyone.remove(previous);
            for (Channel channel : Channel.values()) {
                seat.hold(channel, previous.held(channel));
            }
            seat.available = previous.available;
            seat.idleSince = previous.idleSince;
            seat.lastOfferedAt = previous.lastOfferedAt;
        }
        seats.put(agent.id(), seat);
        for (Channel channel : Channel.values()) {
            everyone.list(seat, channel, agent.capacity(channel) > 0);
        }
        for (Bucket bucket : buckets.values()) {
            if (bucket.requirement.isMetBy(agent)) {
                seat.qualifiesFor(bucket);
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            reseat(seat, channel);
            fill(seat, channel, now, decisions);
        }
        return decisions;
    }

    /** The agent takes contacts from now on; returns the contacts they get at once. */
    public synchronized List<Decision> available(long agentId, Instant now) {
        Seat seat = seat(agentId);
        List<Decision> decisions = new ArrayList<>();
        if (!seat.available) {
            seat.available = true;
            seat.idleSince = now;
            for (Channel channel : Channel.values()) {
                reseat(seat, channel);
                fill(seat, channel, now, decisions);
            }
        }
        return decisions;
    }

    /** The agent stops taking new contacts (those they hold stay theirs until completed). */
    public synchronized void unavailable(long agentId) {
        Seat seat = seat(agentId);
        seat.available = false;
        seat.unlist(free);
    }

    /** The agent finished a contact of this channel; returns the contacts they get next. */
    public synchronized List<Decision> complete(long agentId, Channel channel, Instant now) {
        Seat seat = seat(agentId);
        if (seat.held(channel) == 0) {
            throw new IllegalStateException("agent " + agentId + " holds no " + channel + " contact");
        }
        seat.hold(channel, -1);
        seat.idleSince = now;
        reseat(seat, channel);
        List<Decision> decisions = new ArrayList<>();
        fill(seat, channel, now, decisions);
        return decisions;
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
        Queued entry = new Queued(contact, weights.urgencyOf(contact), bucket(requirement), steps, queueName);
        Optional<Decision> decision = offerToAgent(entry, now, Decision.Trigger.CONTACT_ARRIVED);
        if (decision.isEmpty()) {
            enqueue(entry);
        }
        return decision;
    }

    /**
     * Restores, after a restart, a contact the agent already holds on this channel (offered or accepted before): it
     * takes a place of their capacity and no decision is made.
     */
    public synchronized void resume(long agentId, Channel channel) {
        Seat seat = seat(agentId);
        seat.hold(channel, 1);
        reseat(seat, channel);
    }

    /**
     * Adds a queue or replaces its rules; the contacts that entered it and still wait take their place again under
     * the new rules (counted from their arrival), and any that now find a free agent go to them.
     */
    public synchronized List<Decision> define(RoutingQueue queue, Instant now) {
        queue.steps().forEach(step -> step.overflowTo().ifPresent(this::queue));
        queues.put(queue.name(), queue);
        List<WaitingContact> again = waiting.values().stream()
                .filter(entry -> entry.contact().queue().equals(queue.name()))
                .sorted(Queued.ORDER)
                .map(Queued::contact)
                .toList();
        List<Decision> decisions = new ArrayList<>();
        for (WaitingContact contact : again) {
            withdraw(contact.id());
            arrive(contact, now).ifPresent(decisions::add);
        }
        return decisions;
    }

    /** Removes a queue that no contact waits in and no other queue overflows to. */
    public synchronized void remove(String name) {
        queue(name);
        for (RoutingQueue other : queues.values()) {
            if (!other.name().equals(name)
                    && other.steps().stream().anyMatch(step -> step.overflowTo().equals(Optional.of(name)))) {
                throw new IllegalStateException("queue " + other.name() + " overflows to " + name);
            }
        }
        if (waiting.values().stream()
                .anyMatch(entry ->
                        entry.contact().queue().equals(name) || entry.queue().equals(name))) {
            throw new IllegalStateException("contacts wait in queue " + name);
        }
        queues.remove(name);
    }

    /** Takes a waiting contact out of line (it was abandoned or handled elsewhere); false when it was not waiting. */
    public synchronized boolean withdraw(long contactId) {
        Queued entry = waiting.remove(contactId);
        if (entry == null) {
            return false;
        }
        entry.bucket().remove(entry);
        return true;
    }

    /** Applies the widening steps due by {@code now}; returns the contacts that found an agent through them. */
    public synchronized List<Decision> tick(Instant now) {
        List<Decision> decisions = new ArrayList<>();
        while (!widenings.isEmpty() && !widenings.peek().due().isAfter(now)) {
            Widening due = widenings.poll();
            Queued entry = waiting.get(due.contactId());
            if (entry != due.entry()) {
                continue;
            }
            waiting.remove(entry.contact().id());
            entry.bucket().remove(entry);
            WideningStep step = queue(entry.contact().queue()).steps().get(due.step());
            Queued widened = entry.movedTo(
                    bucket(entry.bucket().requirement.widenedBy(step, overflowSkills(step))),
                    due.step() + 1,
                    step.overflowTo().orElse(entry.queue()));
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

    private Optional<Decision> offerToAgent(Queued entry, Instant now, Decision.Trigger trigger) {
        Bucket bucket = entry.bucket();
        WaitingContact contact = entry.contact();
        Seat[] preferred = new Seat[1];
        int[] qualified = new int[1];
        List<Seat> best = new ArrayList<>(CANDIDATES_SHOWN + 1);
        free.meeting(bucket, seat -> {
            long id = seat.agent.id();
            if (!contact.excludedAgents().isEmpty() && contact.excludedAgents().contains(id)) {
                return;
            }
            if (preferred[0] == null
                    && !contact.preferredAgents().isEmpty()
                    && contact.preferredAgents().contains(id)) {
                preferred[0] = seat;
            }
            qualified[0]++;
            keepBest(best, seat, bucket.requirement);
        });
        Seat chosen = preferred[0] != null ? preferred[0] : best.isEmpty() ? null : best.getFirst();
        if (chosen == null) {
            return Optional.empty();
        }
        List<RoutableAgent> weighed = new ArrayList<>(best.size() + 1);
        weighed.add(chosen.agent);
        for (Seat seat : best) {
            if (seat != chosen) {
                weighed.add(seat.agent);
            }
        }
        assign(chosen, contact.channel(), now);
        return Optional.of(new Decision(
                contact.id(),
                chosen.agent.id(),
                contact.channel(),
                now,
                trigger,
                new AgentChoice(bucket.requirement, weighed, qualified[0], preferred[0] != null, selection)));
    }

    /** Keeps the best few agents seen so far, best first: skill match, then the selection policy, then the id. */
    private void keepBest(List<Seat> best, Seat seat, Requirement requirement) {
        int at = best.size();
        while (at > 0 && better(seat, best.get(at - 1), requirement)) {
            at--;
        }
        if (at < CANDIDATES_SHOWN) {
            best.add(at, seat);
            if (best.size() > CANDIDATES_SHOWN) {
                best.removeLast();
            }
        }
    }

    private boolean better(Seat a, Seat b, Requirement requirement) {
        int match = Integer.compare(requirement.skillMatch(a.agent), requirement.skillMatch(b.agent));
        if (match != 0) {
            return match > 0;
        }
        int policy = switch (selection) {
            case LONGEST_IDLE -> a.idleSince.compareTo(b.idleSince);
            case LEAST_OCCUPIED -> {
                int occupancy = Double.compare(a.occupancy(), b.occupancy());
                yield occupancy != 0 ? occupancy : a.idleSince.compareTo(b.idleSince);
            }
            case ROUND_ROBIN -> a.lastOfferedAt.compareTo(b.lastOfferedAt);
        };
        return policy != 0 ? policy < 0 : a.agent.id() < b.agent.id();
    }

    /**
     * Gives the agent the most urgent contacts waiting on this channel that they qualify for, until they are full or
     * none fits.
     */
    private void fill(Seat seat, Channel channel, Instant now, List<Decision> decisions) {
        while (seat.hasRoomFor(channel)) {
            List<Queued> heads = new ArrayList<>(CANDIDATES_SHOWN + 1);
            int lines = 0;
            for (Bucket bucket : seat.eligible(channel)) {
                Queued head = head(bucket, seat.agent.id());
                if (head != null) {
                    lines++;
                    keepMostUrgent(heads, head);
                }
            }
            if (heads.isEmpty()) {
                return;
            }
            Queued best = heads.getFirst();
            waiting.remove(best.contact().id());
            best.bucket().remove(best);
            assign(seat, channel, now);
            decisions.add(new Decision(
                    best.contact().id(),
                    seat.agent.id(),
                    channel,
                    now,
                    Decision.Trigger.AGENT_FREE,
                    new ContactChoice(heads, lines)));
        }
    }

    /** Keeps the few most urgent line heads seen so far, most urgent first. */
    private static void keepMostUrgent(List<Queued> heads, Queued head) {
        int at = heads.size();
        while (at > 0 && Queued.compare(head, heads.get(at - 1)) < 0) {
            at--;
        }
        if (at < CANDIDATES_SHOWN) {
            heads.add(at, head);
            if (heads.size() > CANDIDATES_SHOWN) {
                heads.removeLast();
            }
        }
    }

    /** The first contact in line that does not exclude this agent, looking a little way down the line; null if none. */
    private Queued head(Bucket bucket, long agentId) {
        Queued first = bucket.head();
        if (first == null || first.contact().excludedAgents().isEmpty()) {
            return first;
        }
        Iterator<Queued> line = bucket.inLine().iterator();
        for (int i = 0; i <= EXCLUSIONS_SKIPPED && line.hasNext(); i++) {
            Queued entry = line.next();
            Set<Long> excluded = entry.contact().excludedAgents();
            if (excluded.isEmpty() || !excluded.contains(agentId)) {
                return entry;
            }
        }
        return null;
    }

    private void assign(Seat seat, Channel channel, Instant now) {
        seat.hold(channel, 1);
        seat.lastOfferedAt = now;
        seat.idleSince = now;
        reseat(seat, channel);
    }

    /** Lists the agent as free on this channel, or not, by whether they have room on it now. */
    private void reseat(Seat seat, Channel channel) {
        seat.relist(free, channel);
    }

    private void enqueue(Queued entry) {
        waiting.put(entry.contact().id(), entry);
        entry.bucket().add(entry);
        List<WideningStep> steps = queue(entry.contact().queue()).steps();
        if (entry.steps() < steps.size()) {
            widenings.add(new Widening(
                    entry.contact().arrivedAt().plus(steps.get(entry.steps()).after()), entry, entry.steps()));
        }
    }

    /** The line for this requirement, made (and made known to the agents who meet it) the first time it is needed. */
    private Bucket bucket(Requirement requirement) {
        return buckets.computeIfAbsent(requirement, r -> {
            Bucket bucket = new Bucket(r);
            everyone.meeting(bucket, seat -> seat.qualifiesFor(bucket));
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
