package org.frontline.qualityaudit.dispute;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.review.Notes;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.review.ReviewTarget;

/**
 * An agent's dispute of a review of their contact: their comment and proposed ratings, then the arbitrator's decision
 * with its reason and, when the review changes, the revision that carries the change.
 */
@Entity
@Table(name = "qa_dispute")
public class Dispute {
    private static final String KIND = "dispute";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_dispute_seq")
    @SequenceGenerator(name = "qa_dispute_seq", sequenceName = "qa_dispute_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DisputeState state;

    @Column(nullable = false, length = ReviewRating.MAX_COMMENT)
    private String comment;

    @ElementCollection
    @CollectionTable(name = "qa_dispute_rating", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "position")
    private List<ReviewRating> proposed = new ArrayList<>();

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "arbitrator_id")
    private Long arbitratorId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(name = "outcome_reason", length = ReviewRating.MAX_COMMENT)
    private String outcomeReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "resulting_review_id")
    private Long resultingReviewId;

    /** For Jakarta Persistence only. */
    protected Dispute() {}

    Dispute(
            long reviewId,
            ReviewTarget target,
            long agentId,
            long reviewerId,
            String comment,
            List<ReviewRating> proposed,
            Instant now) {
        this.reviewId = reviewId;
        this.contactId = target.contactId().orElse(null);
        this.caseId = target.caseId().orElse(null);
        this.agentId = agentId;
        this.reviewerId = reviewerId;
        this.comment = Notes.required("comment", comment, "say what in the review is wrong");
        this.proposed.addAll(proposed);
        this.state = DisputeState.OPEN;
        this.raisedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Records the arbitrator's decision; the revision it led to, if any, is given by {@link #revisedAs}. */
    void decide(long arbitrator, Outcome decision, String reason, Instant now) {
        if (state != DisputeState.OPEN) {
            throw new InvalidTransitionException(KIND, id, state, "decide", "it was decided already");
        }
        if (arbitrator == reviewerId || arbitrator == agentId) {
            throw new InvalidValueException(
                    "arbitratorId", "the arbitrator may be neither the reviewer nor the agent who disputes");
        }
        this.outcomeReason = Notes.required("reason", reason, "say why the dispute is decided so");
        this.arbitratorId = arbitrator;
        this.outcome = decision;
        this.decidedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.state = DisputeState.DECIDED;
    }

    void revisedAs(long reviewId) {
        this.resultingReviewId = reviewId;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long reviewId() {
        return reviewId;
    }

    /** The contact or case the disputed review scored. */
    public ReviewTarget target() {
        return new ReviewTarget(Optional.ofNullable(contactId), Optional.ofNullable(caseId));
    }

    public long agentId() {
        return agentId;
    }

    public long reviewerId() {
        return reviewerId;
    }

    public DisputeState state() {
        return state;
    }

    public String comment() {
        return comment;
    }

    public List<ReviewRating> proposed() {
        return List.copyOf(proposed);
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Optional<Long> arbitratorId() {
        return Optional.ofNullable(arbitratorId);
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> outcomeReason() {
        return Optional.ofNullable(outcomeReason);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<Long> resultingReviewId() {
        return Optional.ofNullable(resultingReviewId);
    }
}
