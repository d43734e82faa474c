package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.frontline.core.domain.sla.SlaEventKind;
import org.frontline.qualityaudit.operations.GroupBy;
import org.frontline.qualityaudit.operations.GroupFigures;
import org.frontline.qualityaudit.operations.OperationsSource;
import org.frontline.qualityaudit.review.ReviewState;

/**
 * Quality and operations figures summed by the database, grouped by the handling agent or their team: one query each
 * for reviews, contacts, resolved cases and SLA breaches over contacts that arrived in the period.
 */
public class JpaOperationsSource implements OperationsSource {
    private final EntityManager em;

    public JpaOperationsSource(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<GroupFigures> figures(GroupBy groupBy, Instant from, Instant to) {
        String key = groupBy == GroupBy.AGENT ? "c.agentId" : "c.teamId";
        String handled =
                " c.agentId is not null and " + key + " is not null and c.arrivedAt >= :from and c.arrivedAt < :to";
        List<GroupFigures> figures = new ArrayList<>();
        period(
                        em.createQuery(
                                        "select " + key + ", count(r), count(r.total), coalesce(sum(r.total), 0),"
                                                + " sum(case when r.passed = true then 1 else 0 end)"
                                                + " from Review r, Contact c where r.contactId = c.id and r.calibrationId is null"
                                                + " and r.supersededBy is null and r.state = :submitted and" + handled
                                                + " group by " + key,
                                        Object[].class)
                                .setParameter("submitted", ReviewState.SUBMITTED),
                        from,
                        to)
                .getResultStream()
                .forEach(row -> figures.add(GroupFigures.reviews(
                        number(row[0]),
                        number(row[1]),
                        number(row[2]),
                        ((Number) row[3]).doubleValue(),
                        number(row[4]))));
        period(
                        em.createQuery(
                                "select " + key
                                        + ", count(c), coalesce(sum(c.talkSeconds + c.holdSeconds + c.wrapUpSeconds), 0),"
                                        + " count(c.csat), sum(case when c.csat >= 4 then 1 else 0 end), coalesce(sum(c.csat), 0)"
                                        + " from Contact c where c.abandoned = false and" + handled + " group by "
                                        + key,
                                Object[].class),
                        from,
                        to)
                .getResultStream()
                .forEach(row -> figures.add(GroupFigures.contacts(
                        number(row[0]),
                        number(row[1]),
                        number(row[2]),
                        number(row[3]),
                        number(row[4]),
                        number(row[5]))));
        figures.addAll(firstContactResolution(key, handled, from, to));
        period(
                        em.createQuery(
                                        "select " + key
                                                + ", count(distinct c.caseId), count(distinct e.caseId) from Contact c"
                                                + " left join SlaEvent e on e.caseId = c.caseId and e.kind = :breach"
                                                + " where c.caseId is not null and" + handled + " group by " + key,
                                        Object[].class)
                                .setParameter("breach", SlaEventKind.BREACH),
                        from,
                        to)
                .getResultStream()
                .forEach(row -> figures.add(
                        GroupFigures.slas(number(row[0]), number(row[1]), number(row[1]) - number(row[2]))));
        return figures;
    }

    /**
     * Resolved cases the group worked on in the period, and those resolved at first contact: the case has one contact
     * in all and was never reopened. Read as (group, case) pairs and counted here.
     */
    private List<GroupFigures> firstContactResolution(String key, String handled, Instant from, Instant to) {
        Map<Long, long[]> counts = new HashMap<>();
        try (Stream<Object[]> rows = period(
                        em.createQuery(
                                "select " + key + ", k.id, k.reopenCount,"
                                        + " (select count(c2) from Contact c2 where c2.caseId = k.id)"
                                        + " from Contact c, SupportCase k where c.caseId = k.id and k.resolvedAt is not null"
                                        + " and" + handled + " group by " + key + ", k.id, k.reopenCount",
                                Object[].class),
                        from,
                        to)
                .getResultStream()) {
            rows.forEach(row -> {
                long[] c = counts.computeIfAbsent(number(row[0]), k -> new long[2]);
                c[0]++;
                if (number(row[2]) == 0 && number(row[3]) == 1) {
                    c[1]++;
                }
            });
        }
        return counts.entrySet().stream()
                .map(e -> GroupFigures.resolutions(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static <Q extends TypedQuery<Object[]>> Q period(Q query, Instant from, Instant to) {
        query.setParameter("from", from).setParameter("to", to);
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
