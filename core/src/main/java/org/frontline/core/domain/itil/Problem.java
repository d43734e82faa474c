package org.frontline.core.domain.itil;

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
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.hibernate.envers.Audited;

/**
 * The underlying cause of one or more incidents (ITIL). Once its root cause and a workaround are known it is a known
 * error, and linked incidents show the workaround; once fixed, its open incidents can be resolved with it.
 */
@Audited
@Entity
@Table(name = "problem")
public class Problem {
    private static final String KIND = "problem";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_seq")
    @SequenceGenerator(name = "problem_seq", sequenceName = "problem_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 20000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProblemStatus status;

    @Column(name = "root_cause", length = 20000)
    private String rootCause;

    @Column(length = 20000)
    private String workaround;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** For Jakarta Persistence only. */
    protected Problem() {}

    public Problem(String title, String description, Priority priority, Instant now) {
        this.status = ProblemStatus.OPEN;
        this.createdAt = Objects.requireNonNull(now, "now");
        describe(title, description, priority);
    }

    /** Changes what the problem is called and how urgent it is; a closed problem stays as it was. */
    public void revise(String title, String description, Priority priority) {
        if (status == ProblemStatus.CLOSED) {
            throw refused("edit", "a closed problem cannot change");
        }
        describe(title, description, priority);
    }

    private void describe(String title, String description, Priority priority) {
        this.title = required("title", title);
        this.description = description == null ? "" : description.strip();
        this.priority = Objects.requireNonNull(priority, "priority");
    }

    /** Records the root cause and the workaround agents can give customers until the fix. */
    public void recordKnownError(String rootCause, String workaround) {
        if (status == ProblemStatus.RESOLVED || status == ProblemStatus.CLOSED) {
            throw refused("record a known error for", "it is already fixed");
        }
        this.rootCause = required("rootCause", rootCause);
        this.workaround = required("workaround", workaround);
        this.status = ProblemStatus.KNOWN_ERROR;
    }

    /** The underlying cause is fixed. */
    public void resolve(String rootCause, Instant now) {
        if (status == ProblemStatus.RESOLVED || status == ProblemStatus.CLOSED) {
            throw refused("resolve", "only an OPEN problem or a KNOWN_ERROR can be resolved");
        }
        if (rootCause != null && !rootCause.isBlank()) {
            this.rootCause = rootCause.strip();
        }
        if (this.rootCause == null) {
            throw new InvalidValueException("rootCause", "is required to resolve a problem: say what caused it");
        }
        this.status = ProblemStatus.RESOLVED;
        this.resolvedAt = Objects.requireNonNull(now, "now");
    }

    public void close() {
        if (status != ProblemStatus.RESOLVED) {
            throw refused("close", "only a RESOLVED problem can be closed");
        }
        this.status = ProblemStatus.CLOSED;
    }

    /** Whether incidents can still be linked to it. */
    public boolean acceptsIncidents() {
        return status == ProblemStatus.OPEN || status == ProblemStatus.KNOWN_ERROR;
    }

    private InvalidTransitionException refused(String action, String rule) {
        return new InvalidTransitionException(KIND, id, status, action, rule);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Priority priority() {
        return priority;
    }

    public ProblemStatus status() {
        return status;
    }

    public Optional<String> rootCause() {
        return Optional.ofNullable(rootCause);
    }

    /** The workaround, once the problem is a known error. */
    public Optional<String> workaround() {
        return Optional.ofNullable(workaround);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }
}
