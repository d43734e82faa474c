package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.Query;
import org.frontline.qualityaudit.audit.Population;

/** An audit population as a JPQL condition on contacts {@code c}, and the parameters it takes. */
final class PopulationQuery {
    private PopulationQuery() {}

    /** "from Contact c where …" for the population. */
    static String from(Population population) {
        StringBuilder jpql = new StringBuilder(" from Contact c where c.agentId is not null and c.abandoned = false"
                + " and c.arrivedAt >= :from and c.arrivedAt < :to");
        population.frozen().ifPresent(f -> jpql.append(" and c.id <= :through"));
        if (!population.channels().isEmpty()) {
            jpql.append(" and c.channel in :channels");
        }
        if (!population.teamIds().isEmpty()) {
            jpql.append(" and c.teamId in :teams");
        }
        if (!population.agentIds().isEmpty()) {
            jpql.append(" and c.agentId in :agents");
        }
        if (!population.queues().isEmpty()) {
            jpql.append(" and c.queue in :queues");
        }
        if (!population.dispositions().isEmpty()) {
            jpql.append(" and c.disposition in :dispositions");
        }
        if (population.minimumHandleSeconds() > 0) {
            jpql.append(" and c.talkSeconds + c.holdSeconds + c.wrapUpSeconds >= :handle");
        }
        if (population.excludeReviewed()) {
            jpql.append(" and not exists (select r.id from Review r where r.contactId = c.id"
                    + " and r.supersededBy is null and r.calibrationId is null"
                    + (population.frozen().isPresent() ? " and r.createdAt < :drawnAt)" : ")"));
        }
        return jpql.toString();
    }

    static <Q extends Query> Q bind(Q query, Population population) {
        query.setParameter("from", population.from()).setParameter("to", population.to());
        population.frozen().ifPresent(f -> query.setParameter("through", f.throughContactId()));
        if (population.excludeReviewed() && population.frozen().isPresent()) {
            query.setParameter("drawnAt", population.frozen().get().at());
        }
        if (!population.channels().isEmpty()) {
            query.setParameter("channels", population.channels());
        }
        if (!population.teamIds().isEmpty()) {
            query.setParameter("teams", population.teamIds());
        }
        if (!population.agentIds().isEmpty()) {
            query.setParameter("agents", population.agentIds());
        }
        if (!population.queues().isEmpty()) {
            query.setParameter("queues", population.queues());
        }
        if (!population.dispositions().isEmpty()) {
            query.setParameter("dispositions", population.dispositions());
        }
        if (population.minimumHandleSeconds() > 0) {
            query.setParameter("handle", population.minimumHandleSeconds());
        }
        return query;
    }
}
