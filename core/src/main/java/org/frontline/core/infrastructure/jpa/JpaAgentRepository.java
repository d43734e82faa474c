package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentFilter;
import org.frontline.core.domain.agent.AgentRepository;
import org.frontline.core.domain.agent.AgentStatusInterval;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Agents and their status log stored through Jakarta Persistence. */
public class JpaAgentRepository extends JpaRepository<Agent> implements AgentRepository {

    public JpaAgentRepository(EntityManager em) {
        super(em, Agent.class);
    }

    @Override
    public Page<Agent> list(AgentFilter filter, PageRequest request) {
        QueryConditions conditions = new QueryConditions()
                .and(filter.teamId(), "e.team.id = :teamId", "teamId")
                .and(filter.tier(), "e.supportTier = :tier", "tier")
                .and(filter.status(), "e.status = :status", "status")
                .and(filter.skill(), "exists (select 1 from e.skills s where s.name = :skill)", "skill")
                .and(filter.language(), "exists (select 1 from e.languages l where l.language = :language)", "language")
                .and(filter.channel(), "exists (select 1 from e.channels c where c.channel = :channel)", "channel");
        return page(conditions, "e.name, e.id", request);
    }

    @Override
    public void addStatusInterval(AgentStatusInterval interval) {
        em.persist(interval);
    }

    @Override
    public List<AgentStatusInterval> statusLog(long agentId, Instant from, Instant to, int limit) {
        return em.createQuery(
                        "select i from AgentStatusInterval i where i.agentId = :agent"
                                + " and i.endedAt > :from and i.startedAt < :to order by i.startedAt, i.id",
                        AgentStatusInterval.class)
                .setParameter("agent", agentId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void forEachStatusInterval(Instant from, Instant to, Consumer<AgentStatusInterval> each) {
        try (Stream<AgentStatusInterval> rows = em.createQuery(
                        "select i from AgentStatusInterval i where i.endedAt > :from and i.startedAt < :to"
                                + " order by i.startedAt, i.id",
                        AgentStatusInterval.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()) {
            rows.forEach(interval -> {
                each.accept(interval);
                em.detach(interval);
            });
        }
    }
}
