package org.frontline.routing.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentFilter;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.core.domain.sla.SlaEventKind;
import org.frontline.core.domain.sla.SlaTarget;
import org.frontline.routing.engine.Decision;
import org.frontline.routing.engine.RoutingEngine;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.WaitingContact;
import org.frontline.routing.engine.WideningStep;

/**
 * Drives the routing engine and keeps the database in step with it. Every change runs under one lock and in one
 * transaction of its own: the database is written in the same breath as the engine decides, so what a request sees
 * is what the engine holds. The database is the truth: the engine is built from it on first use, and again whenever
 * a change fails after touching the engine (the transaction rolls back, so the engine must too). Agents' statuses
 * follow their work: accepting a contact makes an available agent busy, completing their last makes them available
 * again (or wrapping up, when they ask), and letting an offer time out sets them away.
 */
public final class RoutingDesk {
    private static final String CONTACT = "routed contact";
    private static final String QUEUE = "routing queue";
    private static final int AGENT_PAGE = PageRequest.MAX_SIZE;

    private final RoutingRepository routing;
    private final AgentService agents;
    private final ContactService contacts;
    private final RoutingIntake intake;
    private final Transactions transactions;
    private final RoutingPolicy policy;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    /** Guarded by {@link #lock}; null until built, and after a failed change. */
    private RoutingEngine engine;
    /** Guarded by {@link #lock}: whether the change under way has changed the engine. */
    private boolean touched;

    public RoutingDesk(
            RoutingRepository routing,
            AgentService agents,
            ContactService contacts,
            RoutingIntake intake,
            Transactions transactions,
            RoutingPolicy policy,
            Clock clock) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Builds the engine afresh from the database; returns how many contacts routing holds. */
    public int rebuild() {
        return locked(() -> {
            engine = null;
            engine();
            return routing.open().size();
        });
    }

    /** A recorded contact enters routing: it goes to a free agent who qualifies, or waits in its queue. */
    public void enter(long contactId, RoutingRequest request) {
        locked(() -> {
            if (routing.contact(contactId).isPresent()) {
                throw new DuplicateException(CONTACT, "contactId", Long.toString(contactId));
            }
            Contact contact = contacts.get(contactId);
            WaitingContact waiting = intake.waiting(contact, request, queueRule(request.queue()));
            requireKnown(waiting.skills());
            contact.routedThrough(waiting.queue());
            routing.add(new RoutedContact(waiting, clock.instant()));
            engine().arrive(waiting, clock.instant()).ifPresent(this::offer);
            return null;
        });
    }

    /** The agent takes the contact offered to them, and is busy from now if they were available. */
    public void accept(long contactId, long agentId) {
        locked(() -> {
            Instant now = clock.instant();
            RoutedContact routed = routed(contactId);
            routed.accept(agentId, now);
            Agent agent = agents.get(agentId);
            contacts.get(contactId)
                    .answer(agentId, agent.team().id(), routed.offeredAt().orElseThrow(), now);
            if (agent.status() == AgentStatus.AVAILABLE) {
                agents.changeStatus(agentId, AgentStatus.BUSY);
            }
            return null;
        });
    }

    /** The agent turns the offer down: the contact goes back in line (never to them again) and they stay free. */
    public void reject(long contactId, long agentId) {
        locked(() -> {
            RoutedContact routed = routed(contactId);
            routed.reject(agentId);
            requeueFrom(routed, agentId);
            return null;
        });
    }

    /**
     * The agent finished the contact; with {@code wrapUp} they go to wrap-up (no new contacts until they are
     * available again), otherwise they get their next contact at once.
     */
    public void complete(long contactId, long agentId, boolean wrapUp) {
        locked(() -> {
            Instant now = clock.instant();
            RoutedContact routed = routed(contactId);
            routed.complete(agentId, now);
            contacts.get(contactId).end(now);
            if (wrapUp) {
                agents.changeStatus(agentId, AgentStatus.WRAP_UP);
                engine().unavailable(agentId);
            }
            engine().complete(agentId, routed.channel(), now).forEach(this::offer);
            availableWhenIdle(agentId);
            return null;
        });
    }

    /** The contact leaves routing unanswered: {@code abandoned} when the customer gave up. */
    public void withdraw(long contactId, boolean abandoned) {
        locked(() -> {
            Instant now = clock.instant();
            RoutedContact routed = routed(contactId);
            Optional<Long> offeredTo = routed.agentId();
            routed.withdraw(abandoned, now);
            if (abandoned) {
                contacts.get(contactId).abandon(now);
            }
            if (offeredTo.isPresent()) {
                engine().complete(offeredTo.get(), routed.channel(), now).forEach(this::offer);
            } else {
                engine().withdraw(contactId);
            }
            return null;
        });
    }

    /**
     * Moves the contact one support tier up (or, with {@code down}, one down) for a reason; its case, when it has
     * one, moves too and keeps the history. A waiting contact takes its new place in line at once; one offered to or
     * handled by {@code agentId} goes back in line for an agent of the new tier, and the agent is free for the next.
     */
    public void escalate(long contactId, Optional<Long> agentId, boolean down, String reason) {
        locked(() -> {
            RoutedContact routed = routed(contactId);
            if (!routed.state().isOpen()) {
                throw new InvalidTransitionException(
                        CONTACT, contactId, routed.state(), "escalate", "it has left routing");
            }
            boolean waiting = routed.state() == RoutingState.WAITING;
            if (!waiting && agentId.isEmpty()) {
                throw new InvalidValueException("agentId", "is required: say which agent hands the contact on");
            }
            Contact contact = contacts.get(contactId);
            SupportTier tier = intake.retiered(contact, routed.tier(), down, reason);
            if (!down) {
                contact.markEscalated();
            }
            if (waiting) {
                retierInLine(routed, tier);
            } else {
                routed.handBack(agentId.get(), tier);
                requeueFrom(routed, agentId.get());
            }
            return null;
        });
    }

    /**
     * A response target of a case (first or next response: how long the customer waits for an answer) crossed its
     * warning or breach line: when the policy escalates on that kind, the case's contacts still waiting move up a tier
     * (the case once, with the crossing as its reason); returns how many moved. Resolution targets measure the case,
     * not the wait, and move nothing.
     */
    public int slaCrossed(long caseId, SlaTarget target, SlaEventKind kind, String what) {
        if (target == SlaTarget.RESOLUTION || !policy.escalatesOn(kind)) {
            return 0;
        }
        return locked(() -> {
            List<RoutedContact> waiting = routing.waitingForCase(caseId);
            if (waiting.isEmpty() || waiting.getFirst().tier().next().isEmpty()) {
                return 0;
            }
            RoutedContact first = waiting.getFirst();
            SupportTier tier = intake.retiered(contacts.get(first.contactId()), first.tier(), false, what);
            for (RoutedContact routed : waiting) {
                contacts.get(routed.contactId()).markEscalated();
                retierInLine(routed, tier);
            }
            return waiting.size();
        });
    }

    private void retierInLine(RoutedContact routed, SupportTier tier) {
        routed.retier(tier);
        engine().withdraw(routed.contactId());
        engine().arrive(routed.waiting(), clock.instant()).ifPresent(this::offer);
    }

    /** Brings the engine in line with an agent's profile and status, as just committed elsewhere. */
    public void agentChanged(long agentId) {
        locked(() -> {
            Instant now = clock.instant();
            Agent agent = agents.get(agentId);
            engine().join(RoutableAgents.of(agentId, agent.profile()), now).forEach(this::offer);
            if (takesNewContacts(agent.status())) {
                engine().available(agentId, now).forEach(this::offer);
            } else {
                engine().unavailable(agentId);
            }
            return null;
        });
    }

    /**
     * Widens the contacts whose next step is due and takes back offers not answered in time (their agents are set
     * away); returns how many offers it made and took back.
     */
    public int tick() {
        return locked(() -> {
            Instant now = clock.instant();
            List<Decision> widened = engine().tick(now);
            widened.forEach(this::offer);
            List<RoutedContact> unanswered = routing.offeredBefore(now.minus(policy.offerTimeout()));
            for (RoutedContact routed : unanswered) {
                long agentId = routed.agentId().orElseThrow();
                routed.reject(agentId);
                agents.changeStatus(agentId, AgentStatus.AWAY);
                engine().unavailable(agentId);
                requeueFrom(routed, agentId);
            }
            return widened.size() + unanswered.size();
        });
    }

    /**
     * Adds a queue, or replaces its rules when {@code expectedVersion} is the stored one; contacts in it wait under the
     * new rules.
     */
    public void define(RoutingQueue queue, Duration answerTarget, Optional<Long> expectedVersion) {
        locked(() -> {
            if (answerTarget.isNegative() || answerTarget.isZero()) {
                throw new InvalidValueException("answerTargetSeconds", "must be positive");
            }
            RoutingQueue checked = checked(queue);
            Optional<QueueRule> existing = routing.queue(queue.name());
            if (existing.isPresent()) {
                long version = expectedVersion.orElseThrow(() -> new InvalidValueException(
                        "version",
                        "is required to replace queue " + queue.name() + ": send the version you last read"));
                StaleVersionException.requireCurrent(
                        QUEUE, queue.name(), version, existing.get().version());
                existing.get().revise(checked, answerTarget);
            } else {
                routing.add(new QueueRule(checked, answerTarget));
            }
            engine().define(checked, clock.instant()).forEach(this::offer);
            return null;
        });
    }

    /** Removes a queue no contact waits in and no other queue overflows to. */
    public void remove(String name) {
        locked(() -> {
            QueueRule queue = queueRule(name);
            try {
                engine().remove(name);
            } catch (IllegalStateException inUse) {
                throw new InvalidTransitionException(QUEUE, name, "in use", "remove", inUse.getMessage());
            }
            routing.remove(queue);
            return null;
        });
    }

    /** The contact as routing holds it. */
    public RoutedContact contact(long contactId) {
        return routed(contactId);
    }

    /** What the agent has been offered or is handling. */
    public List<RoutedContact> work(long agentId) {
        agents.get(agentId);
        return routing.heldBy(agentId);
    }

    /** Every decision about the contact, with the candidates weighed and why the winner won. */
    public List<Decision> decisions(long contactId) {
        routed(contactId);
        return routing.decisions(contactId).stream()
                .map(RoutingDecision::decision)
                .toList();
    }

    public List<QueueRule> queues() {
        return routing.queues();
    }

    public QueueRule queue(String name) {
        return queueRule(name);
    }

    /** Each queue's waiting contacts now and its answers since {@code since}. */
    public List<QueueFigures> figures(Instant since) {
        return routing.figures(since, clock.instant());
    }

    /** Puts a contact an agent let go back in line, then frees the agent's place for their next one. */
    private void requeueFrom(RoutedContact routed, long agentId) {
        Instant now = clock.instant();
        engine().arrive(routed.waiting(), now).ifPresent(this::offer);
        engine().complete(agentId, routed.channel(), now).forEach(this::offer);
        availableWhenIdle(agentId);
    }

    /** A busy agent who handles nothing any more is available again (a wrapping-up or away one stays so). */
    private void availableWhenIdle(long agentId) {
        boolean handling = routing.heldBy(agentId).stream().anyMatch(c -> c.state() == RoutingState.ACCEPTED);
        if (!handling && agents.get(agentId).status() == AgentStatus.BUSY) {
            agents.changeStatus(agentId, AgentStatus.AVAILABLE);
        }
    }

    /** Records an offer the engine made. */
    private void offer(Decision decision) {
        routed(decision.contactId()).offer(decision.agentId(), decision.at());
        routing.record(new RoutingDecision(decision));
    }

    /** The queue with its skills known and its languages and overflow targets real. */
    private RoutingQueue checked(RoutingQueue queue) {
        if (queue.name().isBlank()
                || queue.name().length() > QueueRule.MAX_NAME
                || !queue.name().matches("[a-z0-9-]+")) {
            throw new InvalidValueException(
                    "name", "must be 1 to " + QueueRule.MAX_NAME + " lower-case letters, digits or hyphens");
        }
        var skills = RoutingIntake.skills(queue.skills());
        requireKnown(skills);
        List<WideningStep> steps = new ArrayList<>();
        for (WideningStep step : queue.steps()) {
            step.overflowTo().ifPresent(target -> {
                if (target.equals(queue.name())) {
                    throw new InvalidValueException("steps", "queue " + target + " cannot overflow to itself");
                }
                if (routing.queue(target).isEmpty()) {
                    throw new InvalidValueException("steps", "there is no queue named '" + target + "' to overflow to");
                }
            });
            steps.add(new WideningStep(
                    step.after(),
                    step.proficiencyRelief(),
                    step.alsoLanguage().map(language -> LanguageSkill.code("steps", language)),
                    step.nextTier(),
                    step.overflowTo()));
        }
        return new RoutingQueue(queue.name(), skills, steps);
    }

    /** Refuses a skill no agent has: a contact needing it would wait for ever, and it is most likely a typo. */
    private void requireKnown(Map<String, Integer> skills) {
        Set<String> known = routing.knownSkills(skills.keySet());
        for (String skill : new TreeSet<>(skills.keySet())) {
            if (!known.contains(skill)) {
                throw new InvalidValueException("skills", "no agent has the skill '" + skill + "'");
            }
        }
    }

    private RoutedContact routed(long contactId) {
        return routing.contact(contactId).orElseThrow(() -> new NotFoundException(CONTACT, contactId));
    }

    private QueueRule queueRule(String name) {
        return routing.queue(name).orElseThrow(() -> new NotFoundException(QUEUE, name));
    }

    /** Available and busy agents take new contacts up to their capacity; wrapping up, away and offline ones do not. */
    private static boolean takesNewContacts(AgentStatus status) {
        return status == AgentStatus.AVAILABLE || status == AgentStatus.BUSY;
    }

    /** The engine, built from the database first when there is none; marks the change under way as touching it. */
    private RoutingEngine engine() {
        touched = true;
        if (engine == null) {
            engine = build();
        }
        return engine;
    }

    /**
     * A fresh engine: the queues; every agent, holding what they held; agents taking contacts made available; then
     * the waiting contacts in order of arrival (which go to free agents who qualify, as they would have on arrival).
     */
    private RoutingEngine build() {
        Instant now = clock.instant();
        RoutingEngine fresh = new RoutingEngine(
                routing.queues().stream().map(QueueRule::queue).toList(), policy.weights(), policy.selection());
        List<Agent> all = everyAgent();
        all.forEach(agent -> fresh.join(RoutableAgents.of(agent.id(), agent.profile()), now));
        List<RoutedContact> open = routing.open();
        open.stream()
                .filter(c -> c.state() != RoutingState.WAITING)
                .forEach(c -> fresh.resume(c.agentId().orElseThrow(), c.channel()));
        for (Agent agent : all) {
            if (takesNewContacts(agent.status())) {
                fresh.available(agent.id(), now).forEach(this::offer);
            }
        }
        for (RoutedContact routed : open) {
            if (routed.state() == RoutingState.WAITING) {
                fresh.arrive(routed.waiting(), now).ifPresent(this::offer);
            }
        }
        return fresh;
    }

    private List<Agent> everyAgent() {
        List<Agent> all = new ArrayList<>();
        Page<Agent> page;
        int number = 0;
        do {
            page = agents.list(AgentFilter.EVERYONE, new PageRequest(number++, AGENT_PAGE));
            all.addAll(page.items());
        } while (number < page.totalPages());
        return all;
    }

    /** Runs a change under the lock in its own transaction; a failure after touching the engine drops the engine. */
    private <T> T locked(Supplier<T> change) {
        lock.lock();
        try {
            touched = false;
            try {
                return transactions.inNew(() -> {
                    T result = change.get();
                    routing.flush();
                    return result;
                });
            } catch (RuntimeException e) {
                if (touched) {
                    engine = null;
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
