package org.frontline.qualityaudit.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.frontline.qualityaudit.review.ReviewRating;

/** An agent's acknowledgement that they have read a review of their contact, with an optional comment. */
@Entity
@Table(name = "qa_acknowledgement")
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_acknowledgement_seq")
    @SequenceGenerator(name = "qa_acknowledgement_seq", sequenceName = "qa_acknowledgement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(length = ReviewRating.MAX_COMMENT)
    private String comment;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    /** For Jakarta Persistence only. */
    protected Acknowledgement() {}

    Acknowledgement(long reviewId, long agentId, Optional<String> comment, Instant now) {
        this.reviewId = reviewId;
        this.agentId = agentId;
        this.comment = comment.map(String::strip).filter(c -> !c.isEmpty()).orElse(null);
        this.acknowledgedAt = now;
    }

    public Long id() {
        return id;
    }

    public long reviewId() {
        return reviewId;
    }

    public long agentId() {
        return agentId;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
