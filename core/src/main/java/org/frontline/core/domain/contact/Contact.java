package org.frontline.core.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One interaction between a customer and the centre on one channel. Contacts are the raw material of every KPI, so
 * they refer to customer, agent, case and team by id (no object graph to load) and keep their durations in seconds.
 */
@Audited
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "wait_seconds")
    private Long waitSeconds;

    @Column(name = "talk_seconds", nullable = false)
    private long talkSeconds;

    @Column(name = "hold_seconds", nullable = false)
    private long holdSeconds;

    @Column(name = "wrap_up_seconds", nullable = false)
    private long wrapUpSeconds;

    @Column(nullable = false)
    private boolean abandoned;

    @Column(nullable = false)
    private boolean transferred;

    @Column(nullable = false)
    private boolean escalated;

    @Column(name = "reason_code", length = ContactDetails.MAX_CODE)
    private String reasonCode;

    @Column(length = ContactDetails.MAX_CODE)
    private String disposition;

    @Column(length = ContactDetails.MAX_NOTES)
    private String notes;

    @Column
    private Integer csat;

    @Column
    private Integer effort;

    /** The routing queue the contact went through, if it was routed. */
    @Column(length = ContactDetails.MAX_CODE)
    private String queue;

    /** The customer's value tier when the contact was made, so reports by tier keep their history. */
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_tier", length = 20)
    private ValueTier customerTier;

    /** Changed since its day's KPIs were last rolled up: every change sets it, the roll-up clears it. */
    @NotAudited
    @Column(name = "kpi_pending", nullable = false)
    private boolean kpiPending = true;

    /** For Jakarta Persistence only. */
    protected Contact() {}

    public Contact(ContactDetails details, ContactTimeline timeline) {
        assign(details, timeline);
    }

    /** Replaces what is known about the contact, e.g. when it ends or its notes are completed. */
    public void revise(ContactDetails details, ContactTimeline timeline) {
        assign(details, timeline);
    }

    private void assign(ContactDetails details, ContactTimeline timeline) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(timeline, "timeline");
        this.kpiPending = true;
        this.channel = details.channel();
        this.direction = details.direction();
        this.customerId = details.customerId().orElse(null);
        this.agentId = details.agentId().orElse(null);
        this.caseId = details.caseId().orElse(null);
        this.teamId = details.teamId().orElse(null);
        this.reasonCode = details.reasonCode();
        this.disposition = details.disposition();
        this.transferred = details.transferred();
        this.escalated = details.escalated();
        this.notes = details.notes();
        this.arrivedAt = timeline.arrivedAt();
        this.offeredAt = timeline.offeredAt().orElse(null);
        this.answeredAt = timeline.answeredAt().orElse(null);
        this.firstResponseAt = timeline.firstResponseAt().orElse(null);
        this.endedAt = timeline.endedAt().orElse(null);
        this.waitSeconds = timeline.waitTime().map(Duration::toSeconds).orElse(null);
        this.talkSeconds = timeline.talk().toSeconds();
        this.holdSeconds = timeline.hold().toSeconds();
        this.wrapUpSeconds = timeline.wrapUp().toSeconds();
        this.abandoned = timeline.abandoned();
    }

    /**
     * Routing put the contact through to an agent, who answered it; the team is theirs unless one was set. When it
     * was answered before (it was handed on, e.g. escalated), it keeps its first answer and counts as transferred.
     */
    public void answer(long agent, long team, Instant offered, Instant answered) {
        ContactTimeline t = timeline();
        assign(
                withAgent(agent, teamId == null ? team : teamId, t.answeredAt().isPresent() || transferred),
                new ContactTimeline(
                        t.arrivedAt(),
                        t.offeredAt().or(() -> Optional.of(offered)),
                        t.answeredAt().or(() -> Optional.of(answered)),
                        t.firstResponseAt(),
                        t.endedAt(),
                        t.talk(),
                        t.hold(),
                        t.wrapUp(),
                        t.abandoned()));
    }

    /** Routing took the contact in through this queue. */
    public void routedThrough(String queueName) {
        this.queue = queueName;
        this.kpiPending = true;
    }

    /** The contact went up a support tier (the escalation rate counts these). */
    public void markEscalated() {
        this.escalated = true;
        this.kpiPending = true;
    }

    /** Records the tier the contact's customer is in now (none when the contact has no customer). */
    public void placeCustomerIn(Optional<ValueTier> tier) {
        this.customerTier = tier.orElse(null);
        this.kpiPending = true;
    }

    /** The agent finished the contact: it ends then, and unless talk time was reported, all since the answer counts. */
    public void end(Instant ended) {
        ContactTimeline t = timeline();
        Duration talk = t.talk().isZero()
                ? t.answeredAt()
                        .map(answered -> Duration.between(answered, ended))
                        .orElse(Duration.ZERO)
                : t.talk();
        assign(details(), ended(t, ended, talk, false));
    }

    /** The customer gave up waiting before an agent answered. */
    public void abandon(Instant gaveUp) {
        ContactTimeline t = timeline();
        assign(details(), ended(t, gaveUp, t.talk(), true));
    }

    private ContactDetails withAgent(long agent, long team, boolean wasTransferred) {
        return new ContactDetails(
                channel,
                direction,
                Optional.ofNullable(customerId),
                Optional.of(agent),
                Optional.ofNullable(caseId),
                Optional.of(team),
                reasonCode,
                disposition,
                wasTransferred,
                escalated,
                notes);
    }

    private static ContactTimeline ended(ContactTimeline t, Instant ended, Duration talk, boolean abandoned) {
        return new ContactTimeline(
                t.arrivedAt(),
                t.offeredAt(),
                t.answeredAt(),
                t.firstResponseAt(),
                Optional.of(ended),
                talk,
                t.hold(),
                t.wrapUp(),
                abandoned);
    }

    /** Records the customer's survey answers; a later survey of the same contact replaces them. */
    public void recordSurvey(SurveyAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        this.csat = answer.csat().orElse(null);
        this.effort = answer.effort().orElse(null);
        this.kpiPending = true;
    }

    public ContactDetails details() {
        return new ContactDetails(
                channel,
                direction,
                Optional.ofNullable(customerId),
                Optional.ofNullable(agentId),
                Optional.ofNullable(caseId),
                Optional.ofNullable(teamId),
                reasonCode,
                disposition,
                transferred,
                escalated,
                notes);
    }

    public ContactTimeline timeline() {
        return new ContactTimeline(
                arrivedAt,
                Optional.ofNullable(offeredAt),
                Optional.ofNullable(answeredAt),
                Optional.ofNullable(firstResponseAt),
                Optional.ofNullable(endedAt),
                Duration.ofSeconds(talkSeconds),
                Duration.ofSeconds(holdSeconds),
                Duration.ofSeconds(wrapUpSeconds),
                abandoned);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Optional<Integer> csat() {
        return Optional.ofNullable(csat);
    }

    public Optional<Integer> effort() {
        return Optional.ofNullable(effort);
    }

    public Optional<String> queue() {
        return Optional.ofNullable(queue);
    }

    public Optional<ValueTier> customerTier() {
        return Optional.ofNullable(customerTier);
    }
}
