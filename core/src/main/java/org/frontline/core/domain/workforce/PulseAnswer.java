package org.frontline.core.domain.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/** One agent's answer to a pulse survey, with the team they were in; only ever read back summed per team. */
@Entity
@Table(name = "pulse_answer")
public class PulseAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulse_answer_seq")
    @SequenceGenerator(name = "pulse_answer_seq", sequenceName = "pulse_answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(nullable = false)
    private int score;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    /** For Jakarta Persistence only. */
    protected PulseAnswer() {}

    public PulseAnswer(long surveyId, long agentId, long teamId, int score, Instant now) {
        if (score < 1 || score > 5) {
            throw new InvalidValueException("score", "must be 1 to 5, got " + score);
        }
        this.surveyId = surveyId;
        this.agentId = agentId;
        this.teamId = teamId;
        this.score = score;
        this.answeredAt = Objects.requireNonNull(now, "now");
    }
}
