package org.frontline.core.domain.agent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.core.domain.team.Team;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A person who takes contacts: where they sit (team, tier), what they can handle, and what they are doing now. */
@Audited
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 320)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_tier", nullable = false, length = 2)
    private SupportTier supportTier;

    @ElementCollection
    @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_id"))
    private Set<Skill> skills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_language", joinColumns = @JoinColumn(name = "agent_id"))
    private Set<LanguageSkill> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_channel", joinColumns = @JoinColumn(name = "agent_id"))
    private Set<ChannelSkill> channels = new HashSet<>();

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    /** The day the agent left (their last day), empty while they work here. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 12)
    private LeaveReason leaveReason;

    /** Not audited: the status log keeps every change of it, and an audit row per click would swamp the trail. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    @NotAudited
    private AgentStatus status;

    @Column(name = "status_since", nullable = false)
    @NotAudited
    private Instant statusSince;

    /** For Jakarta Persistence only. */
    protected Agent() {}

    /** A new agent starts offline. */
    public Agent(AgentProfile profile, Team team, Instant now) {
        this.status = AgentStatus.OFFLINE;
        this.statusSince = Objects.requireNonNull(now, "now");
        assign(profile, team);
    }

    /** Replaces what an administrator set; the status is the agent's own and is left alone. */
    public void revise(AgentProfile profile, Team team) {
        assign(profile, team);
    }

    private void assign(AgentProfile profile, Team team) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(team, "team");
        if (team.id() != null && team.id() != profile.teamId()) {
            throw new IllegalArgumentException("profile names team " + profile.teamId() + " but got team " + team.id());
        }
        if (leftOn != null && profile.hireDate().isAfter(leftOn)) {
            throw new InvalidValueException(
                    "hireDate", "must not be after the day the agent left, " + leftOn + ", got " + profile.hireDate());
        }
        this.name = profile.name();
        this.email = profile.email();
        this.team = team;
        this.supportTier = profile.supportTier();
        this.skills.clear();
        this.skills.addAll(profile.skills());
        this.languages.clear();
        this.languages.addAll(profile.languages());
        this.channels.clear();
        this.channels.addAll(profile.channels());
        this.hireDate = profile.hireDate();
    }

    /**
     * Moves the agent to another status and returns the stretch just closed, or empty when the status does not
     * change (so repeated clicks do not fragment the log).
     */
    public Optional<AgentStatusInterval> changeStatus(AgentStatus newStatus, Instant now) {
        Objects.requireNonNull(newStatus, "newStatus");
        Objects.requireNonNull(now, "now");
        if (leftOn != null && newStatus != AgentStatus.OFFLINE) {
            throw new InvalidTransitionException(
                    "agent", id, "gone since " + leftOn, "log in", "an agent who left takes no more contacts");
        }
        if (newStatus == status) {
            return Optional.empty();
        }
        Instant end = now.isBefore(statusSince) ? statusSince : now;
        AgentStatusInterval closed = new AgentStatusInterval(id, status, statusSince, end);
        this.status = newStatus;
        this.statusSince = end;
        return Optional.of(closed);
    }

    /**
     * Records that the agent left on {@code day} (their last day) and logs them off; returns the status stretch that
     * closes, if any.
     */
    public Optional<AgentStatusInterval> leave(LocalDate day, LeaveReason reason, Instant now) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(reason, "reason");
        if (leftOn != null) {
            throw new InvalidTransitionException(
                    "agent", id, "gone since " + leftOn, "record a leave for", "once only");
        }
        if (day.isBefore(hireDate)) {
            throw new InvalidValueException("leftOn", "must not be before the hire date " + hireDate + ", got " + day);
        }
        Optional<AgentStatusInterval> closed = changeStatus(AgentStatus.OFFLINE, now);
        this.leftOn = day;
        this.leaveReason = reason;
        return closed;
    }

    public Optional<LocalDate> leftOn() {
        return Optional.ofNullable(leftOn);
    }

    public Optional<LeaveReason> leaveReason() {
        return Optional.ofNullable(leaveReason);
    }

    public AgentProfile profile() {
        return new AgentProfile(name, email, team.id(), supportTier, skills, languages, channels, hireDate);
    }

    /** How many contacts of a channel the agent takes at once; zero when they do not work it. */
    public int capacity(Channel channel) {
        return channels.stream()
                .filter(c -> c.channel() == channel)
                .mapToInt(ChannelSkill::capacity)
                .findFirst()
                .orElse(0);
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

    public Team team() {
        return team;
    }

    public SupportTier supportTier() {
        return supportTier;
    }

    public AgentStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }
}
