package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.frontline.core.domain.shared.Channel;
import org.frontline.qualityaudit.audit.Population;
import org.frontline.qualityaudit.audit.PopulationSource;
import org.frontline.qualityaudit.audit.PopulationUnit;
import org.frontline.qualityaudit.audit.StratifyBy;

/**
 * Audit populations read from the contact table: counted with aggregate queries and passed over with a forward-only,
 * read-only cursor (the JDBC driver fetches {@value #FETCH_SIZE} rows at a time), so no population is ever loaded. The
 * pass reads in arrival order, then id: the order of the contact_arrived_ix index, so the database sorts nothing.
 */
public class JpaPopulationSource implements PopulationSource {
    static final int FETCH_SIZE = 5_000;

    private final EntityManager em;

    public JpaPopulationSource(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public long lastContactId() {
        Long last =
                em.createQuery("select max(c.id) from Contact c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public Map<String, Long> stratumSizes(Population population, StratifyBy by) {
        String column = switch (by) {
            case AGENT -> "c.agentId";
            case TEAM -> "c.teamId";
            case CHANNEL -> "c.channel";
        };
        Map<String, Long> sizes = new TreeMap<>();
        PopulationQuery.bind(
                        em.createQuery(
                                "select " + column + ", count(c)" + PopulationQuery.from(population) + " group by "
                                        + column,
                                Object[].class),
                        population)
                .getResultList()
                .forEach(row -> sizes.put(
                        row[0] == null ? "none" : row[0] instanceof Channel c ? c.name() : row[0].toString(),
                        ((Number) row[1]).longValue()));
        return sizes;
    }

    @Override
    public long size(Population population) {
        return PopulationQuery.bind(
                        em.createQuery("select count(c)" + PopulationQuery.from(population), Long.class), population)
                .getSingleResult();
    }

    @Override
    public void forEach(Population population, Consumer<PopulationUnit> consumer) {
        try (Stream<Object[]> rows = PopulationQuery.bind(
                        em.createQuery(
                                "select c.id, c.agentId, c.teamId, c.channel" + PopulationQuery.from(population)
                                        + " order by c.arrivedAt, c.id",
                                Object[].class),
                        population)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            rows.forEach(row -> consumer.accept(new PopulationUnit(
                    (Long) row[0], (Long) row[1], Optional.ofNullable((Long) row[2]), (Channel) row[3])));
        }
    }
}
