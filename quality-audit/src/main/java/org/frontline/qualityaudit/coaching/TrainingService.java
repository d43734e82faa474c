package org.frontline.qualityaudit.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;

/**
 * Training records: courses recorded per agent, confirmed by a team lead; confirming a passed course that raises a
 * skill or channel revises the agent's profile, which routing then uses (the caller tells routing the agent changed).
 */
public class TrainingService {
    private static final String KIND = "training record";

    private final TrainingRepository records;
    private final AgentService agents;
    private final Clock clock;

    public TrainingService(TrainingRepository records, AgentService agents, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TrainingRecord record(
            long agentId, String course, LocalDate completedOn, TrainingResult result, Optional<Raise> raise) {
        agents.get(agentId);
        return records.add(new TrainingRecord(agentId, course, completedOn, result, raise));
    }

    public TrainingRecord get(long id) {
        return records.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<TrainingRecord> ofAgent(long agentId) {
        agents.get(agentId);
        return records.ofAgent(agentId);
    }

    /** A team lead confirms the record; a passed course's raise is applied to the agent's profile now. */
    public TrainingRecord confirm(long id, long expectedVersion, long leadId) {
        TrainingRecord record = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, record.version());
        agents.get(leadId);
        record.confirm(leadId, clock.instant());
        record.dueRaise().ifPresent(raise -> {
            Agent agent = agents.get(record.agentId());
            agents.revise(agent.id(), agent.version(), ProficiencyRaise.applied(agent.profile(), raise));
        });
        records.flush();
        return record;
    }
}
