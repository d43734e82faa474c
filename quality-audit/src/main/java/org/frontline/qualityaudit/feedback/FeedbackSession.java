package org.frontline.qualityaudit.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.review.Notes;

/** A feedback session held with an agent: who led it, the period it went over, what was said and agreed. */
@Entity
@Table(name = "qa_feedback_session")
public class FeedbackSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_feedback_session_seq")
    @SequenceGenerator(name = "qa_feedback_session_seq", sequenceName = "qa_feedback_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "lead_id", nullable = false)
    private long leadId;

    @Column(name = "period_from", nullable = false)
    private Instant from;

    @Column(name = "period_to", nullable = false)
    private Instant to;

    @Column(nullable = false, length = 2000)
    private String notes;

    @Column(length = 2000)
    private String actions;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    /** For Jakarta Persistence only. */
    protected FeedbackSession() {}

    FeedbackSession(long agentId, long leadId, Period period, String notes, String actions, Instant now) {
        if (leadId == agentId) {
            throw new InvalidValueException("leadId", "a feedback session is led by someone other than the agent");
        }
        this.agentId = agentId;
        this.leadId = leadId;
        this.from = period.from();
        this.to = period.to();
        this.notes = Notes.required("notes", notes);
        this.actions = Notes.optional("actions", actions);
        this.heldAt = now;
    }

    public Long id() {
        return id;
    }

    public long agentId() {
        return agentId;
    }

    public long leadId() {
        return leadId;
    }

    public Period period() {
        return new Period(from, to);
    }

    public String notes() {
        return notes;
    }

    public Optional<String> actions() {
        return Optional.ofNullable(actions);
    }

    public Instant heldAt() {
        return heldAt;
    }
}
