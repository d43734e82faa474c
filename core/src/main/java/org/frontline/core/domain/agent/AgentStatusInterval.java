package org.frontline.core.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One closed stretch of an agent's status log: the agent was in {@code status} from {@code startedAt} until
 * {@code endedAt}. The open stretch is the agent's current status; together they give occupancy and adherence.
 * Stored stretches never cross a UTC midnight (see {@link #byUtcDay()}), so the stretches of a period are found by
 * a bounded index range on their start.
 */
@Entity
@Table(name = "agent_status_interval")
public class AgentStatusInterval {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_status_interval_seq")
    @SequenceGenerator(
            name = "agent_status_interval_seq",
            sequenceName = "agent_status_interval_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgentStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    /** For Jakarta Persistence only. */
    protected AgentStatusInterval() {}

    AgentStatusInterval(Long agentId, AgentStatus status, Instant startedAt, Instant endedAt) {
        this.agentId = Objects.requireNonNull(agentId, "an agent must be saved before its status changes");
        this.status = Objects.requireNonNull(status, "status");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.endedAt = Objects.requireNonNull(endedAt, "endedAt");
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException(
                    "a status cannot end (" + endedAt + ") before it starts (" + startedAt + ")");
        }
    }

    public long agentId() {
        return agentId;
    }

    public AgentStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }

    /** The stretch cut at every UTC midnight it spans: the pieces the log stores. */
    public List<AgentStatusInterval> byUtcDay() {
        List<AgentStatusInterval> pieces = new ArrayList<>();
        Instant start = startedAt;
        for (Instant midnight : utcMidnightsWithin(startedAt, endedAt)) {
            pieces.add(new AgentStatusInterval(agentId, status, start, midnight));
            start = midnight;
        }
        pieces.add(new AgentStatusInterval(agentId, status, start, endedAt));
        return pieces;
    }

    /** The UTC midnights strictly between {@code start} and {@code end}, where a stored stretch must be cut. */
    public static List<Instant> utcMidnightsWithin(Instant start, Instant end) {
        List<Instant> midnights = new ArrayList<>();
        for (Instant midnight = start.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
                midnight.isBefore(end);
                midnight = midnight.plus(1, ChronoUnit.DAYS)) {
            midnights.add(midnight);
        }
        return midnights;
    }
}
