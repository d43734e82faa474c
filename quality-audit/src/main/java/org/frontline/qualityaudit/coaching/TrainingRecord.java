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
import java.time.LocalDate;
import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A course an agent took: when, how they did, and what it raises on passing (a skill's or a channel's proficiency);
 * the raise takes effect when a team lead confirms the record.
 */
@Entity
@Table(name = "qa_training")
public class TrainingRecord {
    private static final String KIND = "training record";
    public static final int MAX_COURSE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_training_seq")
    @SequenceGenerator(name = "qa_training_seq", sequenceName = "qa_training_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(nullable = false, length = MAX_COURSE)
    private String course;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TrainingResult result;

    @Column(name = "raises_skill", length = 60)
    private String raisesSkill;

    @Enumerated(EnumType.STRING)
    @Column(name = "raises_channel", length = 10)
    private Channel raisesChannel;

    @Column(name = "raises_to")
    private Integer raisesTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TrainingState state;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** For Jakarta Persistence only. */
    protected TrainingRecord() {}

    TrainingRecord(long agentId, String course, LocalDate completedOn, TrainingResult result, Optional<Raise> raise) {
        if (course == null || course.isBlank() || course.strip().length() > MAX_COURSE) {
            throw new InvalidValueException("course", "name the course in 1 to " + MAX_COURSE + " characters");
        }
        if (completedOn == null) {
            throw new InvalidValueException("completedOn", "give the date the course was completed");
        }
        if (result == null) {
            throw new InvalidValueException("result", "give the result: PASSED or FAILED");
        }
        this.agentId = agentId;
        this.course = course.strip();
        this.completedOn = completedOn;
        this.result = result;
        raise.ifPresent(r -> {
            this.raisesSkill = r.skill().orElse(null);
            this.raisesChannel = r.channel().orElse(null);
            this.raisesTo = r.level();
        });
        this.state = TrainingState.RECORDED;
    }

    /** A team lead (not the agent) confirms the record; the raise is due if the agent passed. */
    void confirm(long lead, Instant now) {
        if (state != TrainingState.RECORDED) {
            throw new InvalidTransitionException(KIND, id, state, "confirm", "it was confirmed already");
        }
        if (lead == agentId) {
            throw new InvalidValueException("leadId", "an agent does not confirm their own training");
        }
        this.state = TrainingState.CONFIRMED;
        this.confirmedBy = lead;
        this.confirmedAt = now;
    }

    /** The raise this record grants once confirmed: only a passed course raises anything. */
    public Optional<Raise> dueRaise() {
        return result == TrainingResult.PASSED ? raise() : Optional.empty();
    }

    public Optional<Raise> raise() {
        return raisesTo == null
                ? Optional.empty()
                : Optional.of(
                        new Raise(Optional.ofNullable(raisesSkill), Optional.ofNullable(raisesChannel), raisesTo));
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

    public String course() {
        return course;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public TrainingResult result() {
        return result;
    }

    public TrainingState state() {
        return state;
    }

    public Optional<Long> confirmedBy() {
        return Optional.ofNullable(confirmedBy);
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }
}
