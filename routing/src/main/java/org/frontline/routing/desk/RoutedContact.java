package org.frontline.routing.desk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.routing.engine.WaitingContact;

/**
 * A contact in routing, as the database keeps it: what it needs and what makes it urgent (so the engine can be
 * rebuilt from it), and where it stands, waiting, offered to an agent, accepted, or done.
 */
@Entity
@Table(name = "routed_contact")
public class RoutedContact {
    private static final String KIND = "routed contact";

    @Id
    @Column(name = "contact_id")
    private Long contactId;

    @Version
    private long version;

    @Column(nullable = false, length = QueueRule.MAX_NAME)
    private String queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @ElementCollection
    @CollectionTable(name = "routed_contact_skill", joinColumns = @JoinColumn(name = "contact_id"))
    @MapKeyColumn(name = "skill", length = 60)
    @Column(name = "proficiency", nullable = false)
    private Map<String, Integer> skills = new HashMap<>();

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_tier", nullable = false, length = 2)
    private SupportTier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_tier", nullable = false, length = 10)
    private ValueTier valueTier;

    @Column(name = "sla_deadline")
    private Instant slaDeadline;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @ElementCollection
    @CollectionTable(name = "routed_contact_preferred", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "agent_id", nullable = false)
    private Set<Long> preferredAgents = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "routed_contact_excluded", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "agent_id", nullable = false)
    private Set<Long> excludedAgents = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RoutingState state;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** How long the customer waited, in seconds: until accepted, or until they gave up. */
    @Column(name = "wait_seconds")
    private Long waitSeconds;

    /** For Jakarta Persistence only. */
    protected RoutedContact() {}

    /** The contact enters routing now and waits. */
    public RoutedContact(WaitingContact contact, Instant now) {
        this.contactId = contact.id();
        this.queue = contact.queue();
        this.channel = contact.channel();
        this.skills.putAll(contact.skills());
        this.language = contact.language();
        this.tier = contact.tier();
        this.priority = contact.priority();
        this.valueTier = contact.valueTier();
        this.slaDeadline = contact.slaDeadline().orElse(null);
        this.arrivedAt = contact.arrivedAt();
        this.preferredAgents.addAll(contact.preferredAgents());
        this.excludedAgents.addAll(contact.excludedAgents());
        this.state = RoutingState.WAITING;
        this.enteredAt = Objects.requireNonNull(now, "now");
    }

    /** What the engine needs to put it in line. */
    public WaitingContact waiting() {
        return new WaitingContact(
                contactId,
                queue,
                channel,
                skills,
                language,
                tier,
                priority,
                valueTier,
                Optional.ofNullable(slaDeadline),
                arrivedAt,
                preferredAgents,
                excludedAgents);
    }

    /** The engine chose this agent for it. */
    public void offer(long agent, Instant at) {
        require(RoutingState.WAITING, "offer", "only a waiting contact can be offered");
        this.state = RoutingState.OFFERED;
        this.agentId = agent;
        this.offeredAt = at;
    }

    /** The agent it was offered to takes it. */
    public void accept(long agent, Instant at) {
        requireOfferedTo(agent, "accept");
        this.state = RoutingState.ACCEPTED;
        this.acceptedAt = at;
        this.waitSeconds = waitedUntil(at);
    }

    /** The agent it was offered to turns it down: it waits again, never to be offered to them. */
    public void reject(long agent) {
        requireOfferedTo(agent, "reject");
        backInLine(agent);
    }

    /** The agent holding it hands it back (e.g. it escalates to another tier): it waits again, with its new needs. */
    public void handBack(long agent, SupportTier newTier) {
        requireHeldBy(agent, "hand back");
        this.tier = Objects.requireNonNull(newTier, "newTier");
        backInLine(agent);
    }

    /** It needs agents of another tier from now on (it must be waiting). */
    public void retier(SupportTier newTier) {
        require(RoutingState.WAITING, "move to another tier", "only a waiting contact changes tier in line");
        this.tier = Objects.requireNonNull(newTier, "newTier");
    }

    /** The agent who accepted it finished it. */
    public void complete(long agent, Instant at) {
        if (state != RoutingState.ACCEPTED || agentId != agent) {
            throw refused("complete", "only the agent who accepted it can complete it");
        }
        this.state = RoutingState.COMPLETED;
        this.endedAt = at;
    }

    /** It leaves routing unanswered: the customer gave up, or it was handled elsewhere. */
    public void withdraw(boolean abandoned, Instant at) {
        if (state != RoutingState.WAITING && state != RoutingState.OFFERED) {
            throw refused("withdraw", "only a waiting or offered contact can be withdrawn");
        }
        this.state = abandoned ? RoutingState.ABANDONED : RoutingState.WITHDRAWN;
        this.endedAt = at;
        this.waitSeconds = waitedUntil(at);
    }

    private void backInLine(long agent) {
        this.excludedAgents.add(agent);
        this.preferredAgents.remove(agent);
        this.state = RoutingState.WAITING;
        this.agentId = null;
        this.offeredAt = null;
        this.acceptedAt = null;
        this.waitSeconds = null;
    }

    private long waitedUntil(Instant at) {
        return Math.max(0, Duration.between(arrivedAt, at).toSeconds());
    }

    private void requireOfferedTo(long agent, String action) {
        if (state != RoutingState.OFFERED || agentId != agent) {
            throw refused(action, "it is not offered to agent " + agent);
        }
    }

    private void requireHeldBy(long agent, String action) {
        if (!(state == RoutingState.OFFERED || state == RoutingState.ACCEPTED) || agentId != agent) {
            throw refused(action, "agent " + agent + " does not hold it");
        }
    }

    private void require(RoutingState expected, String action, String rule) {
        if (state != expected) {
            throw refused(action, rule);
        }
    }

    private InvalidTransitionException refused(String action, String rule) {
        return new InvalidTransitionException(KIND, contactId, state, action, rule);
    }

    public long contactId() {
        return contactId;
    }

    public long version() {
        return version;
    }

    public String queue() {
        return queue;
    }

    public Channel channel() {
        return channel;
    }

    public Map<String, Integer> skills() {
        return Map.copyOf(skills);
    }

    public String language() {
        return language;
    }

    public SupportTier tier() {
        return tier;
    }

    public Priority priority() {
        return priority;
    }

    public ValueTier valueTier() {
        return valueTier;
    }

    public Optional<Instant> slaDeadline() {
        return Optional.ofNullable(slaDeadline);
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Set<Long> preferredAgents() {
        return Set.copyOf(preferredAgents);
    }

    public Set<Long> excludedAgents() {
        return Set.copyOf(excludedAgents);
    }

    public RoutingState state() {
        return state;
    }

    public Optional<Long> agentId() {
        return Optional.ofNullable(agentId);
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Optional<Instant> offeredAt() {
        return Optional.ofNullable(offeredAt);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Duration> waited() {
        return Optional.ofNullable(waitSeconds).map(Duration::ofSeconds);
    }
}
