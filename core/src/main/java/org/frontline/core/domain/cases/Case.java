package org.frontline.core.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;
import org.hibernate.envers.Audited;

/**
 * A customer's issue, spanning one or more contacts, from the moment it is raised until it is closed. Every method
 * that changes its status or tier returns the history entry to keep, and refuses what the lifecycle forbids.
 */
/* "Case" is a JPQL keyword, hence the entity name. */
@Audited
@Entity(name = "SupportCase")
@Table(name = "support_case")
public class Case {
    private static final String KIND = "case";
    private static final Set<CaseStatus> WORKED = EnumSet.of(CaseStatus.OPEN, CaseStatus.REOPENED);
    private static final Set<CaseStatus> RESOLVABLE =
            EnumSet.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING, CaseStatus.REOPENED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(nullable = false, length = CaseDetails.MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 20)
    private CaseType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_reason", length = 12)
    private PendingReason pendingReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_tier", nullable = false, length = 2)
    private SupportTier supportTier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Agent owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_code", length = 20)
    private ResolutionCode resolutionCode;

    @Column(name = "resolution_note", length = 2000)
    private String resolutionNote;

    @Column(name = "problem_id")
    private Long problemId;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "awaiting_reply_since")
    private Instant awaitingReplySince;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** For Jakarta Persistence only. */
    protected Case() {}

    /** A new case starts NEW at L1, with nobody owning it. */
    public Case(Customer customer, CaseDetails details, Instant now) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.status = CaseStatus.NEW;
        this.supportTier = SupportTier.L1;
        this.createdAt = Objects.requireNonNull(now, "now");
        describe(details);
    }

    /** The first history entry, once the case has its id. */
    public CaseTransition raised() {
        return new CaseTransition(id, CaseAction.RAISE, null, status, null, supportTier, null, createdAt);
    }

    /** Changes subject, description, type or priority; a closed case is history and stays as it was. */
    public void revise(CaseDetails details) {
        if (status == CaseStatus.CLOSED) {
            throw refused("edit", "a closed case cannot change");
        }
        describe(details);
    }

    private void describe(CaseDetails details) {
        Objects.requireNonNull(details, "details");
        this.subject = details.subject();
        this.description = details.description();
        this.type = details.type();
        this.priority = details.priority();
    }

    /** Marks this incident as caused by a problem (ITIL); only incidents that are not closed link to problems. */
    public void linkToProblem(long problem) {
        if (details().type() != CaseType.INCIDENT) {
            throw new InvalidValueException(
                    "caseId",
                    "only incidents link to problems; case " + id + " is a "
                            + details().type());
        }
        if (status == CaseStatus.CLOSED) {
            throw refused("link", "a closed case cannot change");
        }
        this.problemId = problem;
    }

    public void unlinkProblem() {
        this.problemId = null;
    }

    /** Gives the case to an agent; a NEW case becomes OPEN. */
    public CaseTransition assignTo(Agent agent, Instant now) {
        Objects.requireNonNull(agent, "agent");
        if (!status.isActive()) {
            throw refused("assign", "only a case that still needs work can be assigned");
        }
        this.owner = agent;
        return move(
                CaseAction.ASSIGN,
                status == CaseStatus.NEW ? CaseStatus.OPEN : status,
                supportTier,
                "assigned to agent " + agent.id(),
                now);
    }

    /** An agent answered the customer; the first answer stops the first-response SLA, and a NEW case becomes OPEN. */
    public CaseTransition respond(String note, Instant now) {
        if (!status.isActive()) {
            throw refused("respond to", "only a case that still needs work takes responses");
        }
        if (firstRespondedAt == null) {
            this.firstRespondedAt = now;
        }
        this.awaitingReplySince = null;
        CaseStatus to = status == CaseStatus.NEW ? CaseStatus.OPEN : status;
        return move(CaseAction.RESPOND, to, supportTier, note, now);
    }

    /**
     * The customer wrote again. After the first response this starts the next-response SLA (from the earliest reply
     * nobody answered yet); a case waiting for the customer goes back to work.
     */
    public CaseTransition customerReplied(String note, Instant now) {
        if (!status.isActive()) {
            throw refused(
                    "take a customer reply on", "only a case that still needs work takes replies; reopen it first");
        }
        if (firstRespondedAt != null && awaitingReplySince == null) {
            this.awaitingReplySince = now;
        }
        boolean waitedForCustomer = status == CaseStatus.PENDING && pendingReason == PendingReason.CUSTOMER;
        if (waitedForCustomer) {
            this.pendingReason = null;
        }
        return move(CaseAction.CUSTOMER_REPLY, waitedForCustomer ? CaseStatus.OPEN : status, supportTier, note, now);
    }

    /** Waits for the customer or a third party, which pauses the SLA clock. */
    public CaseTransition pend(PendingReason reason, String note, Instant now) {
        Objects.requireNonNull(reason, "reason");
        if (!WORKED.contains(status)) {
            throw refused("pend", "only an OPEN or REOPENED case can wait for someone");
        }
        this.pendingReason = reason;
        return move(CaseAction.PEND, CaseStatus.PENDING, supportTier, describeReason(reason.name(), note), now);
    }

    /** Goes back to work on a PENDING case. */
    public CaseTransition resume(String note, Instant now) {
        if (status != CaseStatus.PENDING) {
            throw refused("resume", "only a PENDING case can be resumed");
        }
        this.pendingReason = null;
        return move(CaseAction.RESUME, CaseStatus.OPEN, supportTier, note, now);
    }

    /** Records how the case was resolved; the customer may still reopen it until it is closed. */
    public CaseTransition resolve(ResolutionCode code, String note, Instant now) {
        if (code == null) {
            throw new InvalidValueException("resolutionCode", "is required to resolve a case");
        }
        if (!RESOLVABLE.contains(status)) {
            throw refused("resolve", "only a case that still needs work can be resolved");
        }
        this.resolutionCode = code;
        this.resolutionNote = note;
        this.pendingReason = null;
        this.awaitingReplySince = null;
        this.resolvedAt = now;
        return move(CaseAction.RESOLVE, CaseStatus.RESOLVED, supportTier, describeReason(code.name(), note), now);
    }

    /** Finishes a RESOLVED case for good. */
    public CaseTransition close(Instant now) {
        if (status != CaseStatus.RESOLVED) {
            throw refused("close", "only a RESOLVED case can be closed");
        }
        this.closedAt = now;
        return move(CaseAction.CLOSE, CaseStatus.CLOSED, supportTier, null, now);
    }

    /** The customer says the resolution did not hold; a closed case cannot be reopened (raise a new one). */
    public CaseTransition reopen(String reason, Instant now) {
        requireReason(reason);
        if (status != CaseStatus.RESOLVED) {
            throw refused("reopen", "only a RESOLVED case can be reopened; raise a new case instead");
        }
        this.reopenCount++;
        this.resolutionCode = null;
        this.resolutionNote = null;
        this.resolvedAt = null;
        return move(CaseAction.REOPEN, CaseStatus.REOPENED, supportTier, reason, now);
    }

    /** Hands the case to the next support tier (L1 → L2 → L3), keeping its history. */
    public CaseTransition escalate(String reason, Instant now) {
        requireReason(reason);
        if (!status.isActive()) {
            throw refused("escalate", "only a case that still needs work can be escalated");
        }
        SupportTier next = supportTier.next().orElseThrow(() -> refused("escalate", "it is already at L3"));
        this.owner = null;
        return move(CaseAction.ESCALATE, status, next, reason, now);
    }

    /** Hands the case back to the tier below. */
    public CaseTransition deescalate(String reason, Instant now) {
        requireReason(reason);
        if (!status.isActive()) {
            throw refused("de-escalate", "only a case that still needs work can be de-escalated");
        }
        SupportTier previous = supportTier.previous().orElseThrow(() -> refused("de-escalate", "it is already at L1"));
        this.owner = null;
        return move(CaseAction.DEESCALATE, status, previous, reason, now);
    }

    private CaseTransition move(CaseAction action, CaseStatus to, SupportTier tier, String reason, Instant now) {
        Objects.requireNonNull(now, "now");
        CaseTransition transition = new CaseTransition(id, action, status, to, supportTier, tier, reason, now);
        this.status = to;
        this.supportTier = tier;
        return transition;
    }

    private InvalidTransitionException refused(String action, String rule) {
        return new InvalidTransitionException(KIND, id, status, action, rule);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required: say why");
        }
    }

    private static String describeReason(String what, String note) {
        return note == null || note.isBlank() ? what : what + ": " + note.strip();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Customer customer() {
        return customer;
    }

    public CaseDetails details() {
        return new CaseDetails(subject, description, type, priority);
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<PendingReason> pendingReason() {
        return Optional.ofNullable(pendingReason);
    }

    public SupportTier supportTier() {
        return supportTier;
    }

    public Optional<Agent> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<ResolutionCode> resolutionCode() {
        return Optional.ofNullable(resolutionCode);
    }

    public Optional<String> resolutionNote() {
        return Optional.ofNullable(resolutionNote);
    }

    public Optional<Long> problemId() {
        return Optional.ofNullable(problemId);
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> firstRespondedAt() {
        return Optional.ofNullable(firstRespondedAt);
    }

    /** Since when the customer's earliest unanswered reply waits for an agent; empty when nothing waits. */
    public Optional<Instant> awaitingReplySince() {
        return Optional.ofNullable(awaitingReplySince);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
