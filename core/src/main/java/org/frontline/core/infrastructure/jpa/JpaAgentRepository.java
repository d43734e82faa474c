package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter.teamId().ifPresent(id -> add(conditions, parameters, "a.team.id = :teamId", "teamId", id));
        filter.tier().ifPresent(tier -> add(conditions, parameters, "a.supportTier = :tier", "tier", tier));
        filter.status().ifPresent(status -> add(conditions, parameters, "a.status = :status", "status", status));
        filter.skill()
                .ifPresent(skill -> add(
                        conditions,
                        parameters,
                        "exists (select 1 from a.skills s where s.name = :skill)",
                        "skill",
                        skill));
        filter.language()
                .ifPresent(language -> add(
                        conditions,
                        parameters,
                        "exists (select 1 from a.languages l where l.language = :language)",
                        "language",
                        language));
        filter.channel()
                .ifPresent(channel -> add(
                        conditions,
                        parameters,
                        "exists (select 1 from a.channels c where c.channel = :channel)",
                        "channel",
                        channel));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Agent> items =
                em.createQuery("select a from Agent a" + where + " order by a.name, a.id", Agent.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Agent a" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return page(items, count, request);
    }

    private static void add(
            List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
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
}
