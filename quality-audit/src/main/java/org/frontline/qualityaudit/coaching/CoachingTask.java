package org.frontline.qualityaudit.coaching;

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
import java.time.Instant;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.review.Notes;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.review.ReviewTarget;

/**
 * A coaching task for an agent's team lead: the criterion the agent fell short on in a review, why, with the evidence
 * (the review, the contact or case, the score and the reviewer's comment), and once done who coached and how it went.
 */
@Entity
@Table(name = "qa_coaching_task")
public class CoachingTask {
    private static final String KIND = "coaching task";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_coaching_task_seq")
    @SequenceGenerator(name = "qa_coaching_task_seq", sequenceName = "qa_coaching_task_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(nullable = false, length = 100)
    private String section;

    @Column(nullable = false, length = 200)
    private String criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoachingReason reason;

    @Column(name = "score_share", nullable = false)
    private double share;

    @Column(name = "evidence", length = ReviewRating.MAX_COMMENT)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CoachingState state;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "coach_id")
    private Long coachId;

    @Column(length = ReviewRating.MAX_COMMENT)
    private String note;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** For Jakarta Persistence only. */
    protected CoachingTask() {}

    CoachingTask(long agentId, long teamId, long reviewId, ReviewTarget target, CoachingFinding finding, Instant now) {
        this.agentId = agentId;
        this.teamId = teamId;
        this.reviewId = reviewId;
        this.contactId = target.contactId().orElse(null);
        this.caseId = target.caseId().orElse(null);
        this.section = finding.criterion().section();
        this.criterion = finding.criterion().criterion();
        this.reason = finding.reason();
        this.share = finding.share();
        this.evidence = finding.comment().orElse(null);
        this.state = CoachingState.OPEN;
        this.openedAt = now;
    }

    /** The team lead coached the agent: who, and how it went. */
    void done(long coach, String outcome, Instant now) {
        if (state != CoachingState.OPEN) {
            throw new InvalidTransitionException(KIND, id, state, "close", "only an open task can be");
        }
        if (coach == agentId) {
            throw new InvalidValueException("coachId", "an agent does not coach themselves");
        }
        this.note = Notes.required("note", outcome, "say how the coaching went");
        this.coachId = coach;
        this.state = CoachingState.DONE;
        this.closedAt = now;
    }

    void withdraw(Instant now) {
        if (state == CoachingState.OPEN) {
            state = CoachingState.WITHDRAWN;
            closedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long agentId() {
        return agentId;
    }

    public long teamId() {
        return teamId;
    }

    public long reviewId() {
        return reviewId;
    }

    /** The contact or case the review scored. */
    public ReviewTarget target() {
        return new ReviewTarget(Optional.ofNullable(contactId), Optional.ofNullable(caseId));
    }

    public String section() {
        return section;
    }

    public String criterion() {
        return criterion;
    }

    public CoachingReason reason() {
        return reason;
    }

    public double share() {
        return share;
    }

    public Optional<String> evidence() {
        return Optional.ofNullable(evidence);
    }

    public CoachingState state() {
        return state;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Optional<Long> coachId() {
        return Optional.ofNullable(coachId);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
