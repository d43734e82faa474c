package org.frontline.qualityaudit.calibration;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A calibration session: the same contacts scored independently by several analysts and team leads against one
 * scorecard version, optionally with one of them designated the expert whose scores are the reference.
 */
@Entity
@Table(name = "qa_calibration")
public class CalibrationSession {
    private static final String KIND = "calibration session";
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_calibration_seq")
    @SequenceGenerator(name = "qa_calibration_seq", sequenceName = "qa_calibration_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "scorecard_id", nullable = false)
    private long scorecardId;

    @Column(name = "expert_id")
    private Long expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CalibrationState state;

    @ElementCollection
    @CollectionTable(name = "qa_calibration_contact", joinColumns = @JoinColumn(name = "calibration_id"))
    @OrderColumn(name = "position")
    @Column(name = "contact_id", nullable = false)
    private List<Long> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "qa_calibration_rater", joinColumns = @JoinColumn(name = "calibration_id"))
    @OrderColumn(name = "position")
    @Column(name = "agent_id", nullable = false)
    private List<Long> raters = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** For Jakarta Persistence only. */
    protected CalibrationSession() {}

    public CalibrationSession(
            String name,
            long scorecardId,
            List<Long> contacts,
            List<Long> raters,
            Optional<Long> expertId,
            Instant now) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new InvalidValueException("name", "a session needs a name of 1 to " + MAX_NAME + " characters");
        }
        if (contacts.isEmpty()) {
            throw new InvalidValueException("contactIds", "a session needs at least one contact to score");
        }
        if (raters.size() < 2) {
            throw new InvalidValueException("raterIds", "agreement needs at least two raters, got " + raters.size());
        }
        if (new HashSet<>(contacts).size() < contacts.size() || new HashSet<>(raters).size() < raters.size()) {
            throw new InvalidValueException("contactIds", "a contact or rater is listed twice");
        }
        if (expertId.isPresent() && !raters.contains(expertId.get())) {
            throw new InvalidValueException("expertId", "the expert must be one of the raters");
        }
        this.name = stripped;
        this.scorecardId = scorecardId;
        this.contacts.addAll(contacts);
        this.raters.addAll(raters);
        this.expertId = expertId.orElse(null);
        this.state = CalibrationState.OPEN;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Checks that this rater may score this contact in the session now. */
    public void admit(long contactId, long raterId) {
        if (state != CalibrationState.OPEN) {
            throw new InvalidTransitionException(KIND, id, state, "score in", "the session is closed");
        }
        if (!raters.contains(raterId)) {
            throw new InvalidValueException("reviewerId", "agent " + raterId + " is not a rater of session " + id);
        }
        if (!contacts.contains(contactId)) {
            throw new InvalidValueException("contactId", "contact " + contactId + " is not in session " + id);
        }
    }

    public void close(Instant now) {
        if (state != CalibrationState.OPEN) {
            throw new InvalidTransitionException(KIND, id, state, "close", "it is closed already");
        }
        state = CalibrationState.CLOSED;
        closedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public long scorecardId() {
        return scorecardId;
    }

    public Optional<Long> expertId() {
        return Optional.ofNullable(expertId);
    }

    public CalibrationState state() {
        return state;
    }

    public List<Long> contacts() {
        return List.copyOf(contacts);
    }

    public List<Long> raters() {
        return List.copyOf(raters);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
