package org.frontline.core.domain.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/** A pulse survey of the agents: one question, answered 1 (not at all) to 5 (fully) from opensOn to closesOn. */
@Entity
@Table(name = "pulse_survey")
public class PulseSurvey {
    public static final int MAX_QUESTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulse_survey_seq")
    @SequenceGenerator(name = "pulse_survey_seq", sequenceName = "pulse_survey_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_QUESTION)
    private String question;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For Jakarta Persistence only. */
    protected PulseSurvey() {}

    public PulseSurvey(String question, LocalDate opensOn, LocalDate closesOn, Instant now) {
        if (question == null || question.isBlank()) {
            throw new InvalidValueException("question", "must not be blank");
        }
        if (question.strip().length() > MAX_QUESTION) {
            throw new InvalidValueException("question", "must be at most " + MAX_QUESTION + " characters");
        }
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(closesOn, "closesOn");
        if (closesOn.isBefore(opensOn)) {
            throw new InvalidValueException(
                    "closesOn", "must not be before opensOn (" + opensOn + "), got " + closesOn);
        }
        this.question = question.strip();
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Whether agents may answer on {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long id() {
        return id;
    }

    public String question() {
        return question;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
