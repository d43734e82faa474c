package org.frontline.qualityaudit.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.review.Notes;
import org.frontline.qualityaudit.review.ReviewRating;

/** A team lead's note on how an agent works (side-by-side listening, floor walks), for their feedback sessions. */
@Entity
@Table(name = "qa_observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_observation_seq")
    @SequenceGenerator(name = "qa_observation_seq", sequenceName = "qa_observation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = ReviewRating.MAX_COMMENT)
    private String note;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    /** For Jakarta Persistence only. */
    protected Observation() {}

    Observation(long agentId, long authorId, String note, Instant now) {
        if (authorId == agentId) {
            throw new InvalidValueException("authorId", "an agent's observations are written by someone else");
        }
        this.note = Notes.required("note", note);
        this.agentId = agentId;
        this.authorId = authorId;
        this.observedAt = now;
    }

    public Long id() {
        return id;
    }

    public long agentId() {
        return agentId;
    }

    public long authorId() {
        return authorId;
    }

    public String note() {
        return note;
    }

    public Instant observedAt() {
        return observedAt;
    }
}
