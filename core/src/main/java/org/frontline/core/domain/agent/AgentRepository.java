package org.frontline.core.domain.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds agents and their status log. */
public interface AgentRepository {

    Optional<Agent> findById(long id);

    /** Agents matching the filter, by name. */
    Page<Agent> list(AgentFilter filter, PageRequest request);

    Agent add(Agent agent);

    void addStatusInterval(AgentStatusInterval interval);

    /** Closed stretches of the agent's log that overlap [from, to), oldest first, at most {@code limit}. */
    List<AgentStatusInterval> statusLog(long agentId, Instant from, Instant to, int limit);

    /** Hands every agent's closed log stretches that overlap [from, to) to {@code each}, without holding them all. */
    void forEachStatusInterval(Instant from, Instant to, Consumer<AgentStatusInterval> each);

    void flush();
}
