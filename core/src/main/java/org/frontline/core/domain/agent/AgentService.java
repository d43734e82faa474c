package org.frontline.core.domain.agent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.core.domain.team.Team;
import org.frontline.core.domain.team.TeamService;

/** Hires agents, keeps their profile current and logs every change of their status. */
public class AgentService {
    private static final String KIND = "agent";
    /** The longest status log one call returns; a report reads longer spans page by page. */
    public static final int MAX_LOG_ENTRIES = 1000;

    private final AgentRepository agents;
    private final TeamService teams;
    private final Clock clock;

    public AgentService(AgentRepository agents, TeamService teams, Clock clock) {
        this.agents = Objects.requireNonNull(agents, "agents");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Agent hire(AgentProfile profile) {
        Team team = teams.get(profile.teamId());
        return agents.add(new Agent(profile, team, now()));
    }

    public Agent get(long id) {
        return agents.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<Agent> list(AgentFilter filter, PageRequest request) {
        return agents.list(filter, request);
    }

    public Agent revise(long id, long expectedVersion, AgentProfile profile) {
        Agent agent = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, agent.version());
        agent.revise(profile, teams.get(profile.teamId()));
        agents.flush();
        return agent;
    }

    /** Records that the agent left on {@code day}, logging them off now. */
    public Agent leave(long id, long expectedVersion, LocalDate day, LeaveReason reason) {
        Agent agent = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, agent.version());
        agent.leave(day, reason, now()).ifPresent(closed -> closed.byUtcDay().forEach(agents::addStatusInterval));
        agents.flush();
        return agent;
    }

    /** Moves the agent to a new status now, logging the stretch it leaves. */
    public Agent changeStatus(long id, AgentStatus status) {
        Agent agent = get(id);
        agent.changeStatus(status, now()).ifPresent(closed -> closed.byUtcDay().forEach(agents::addStatusInterval));
        agents.flush();
        return agent;
    }

    /**
     * The agent's status log over [from, to): the closed stretches plus the current, still open one when it started
     * before {@code to}.
     */
    public List<StatusLogEntry> statusLog(long id, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "must be before to (" + to + "), got " + from);
        }
        Agent agent = get(id);
        List<StatusLogEntry> log = new ArrayList<>();
        agents.statusLog(id, from, to, MAX_LOG_ENTRIES)
                .forEach(i -> log.add(new StatusLogEntry(i.status(), i.startedAt(), i.endedAt())));
        if (agent.statusSince().isBefore(to) && log.size() < MAX_LOG_ENTRIES) {
            log.add(new StatusLogEntry(agent.status(), agent.statusSince(), null));
        }
        return log;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
