package org.frontline.routing.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.routing.desk.QueueFigures;
import org.frontline.routing.desk.QueueRule;
import org.frontline.routing.desk.RoutedContact;
import org.frontline.routing.desk.RoutingDecision;
import org.frontline.routing.desk.RoutingRepository;
import org.frontline.routing.desk.RoutingState;

/** Routing's contacts, decisions and queues through Jakarta Persistence; queue figures are grouped in the database. */
public class JpaRoutingRepository implements RoutingRepository {
    private static final List<RoutingState> HELD = List.of(RoutingState.OFFERED, RoutingState.ACCEPTED);

    private final EntityManager em;

    public JpaRoutingRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<RoutedContact> contact(long contactId) {
        return Optional.ofNullable(em.find(RoutedContact.class, contactId));
    }

    @Override
    public void add(RoutedContact contact) {
        em.persist(contact);
    }

    @Override
    public List<RoutedContact> open() {
        return em.createQuery(
                        "select c from RoutedContact c where c.state in :open order by c.arrivedAt, c.contactId",
                        RoutedContact.class)
                .setParameter("open", List.of(RoutingState.WAITING, RoutingState.OFFERED, RoutingState.ACCEPTED))
                .getResultList();
    }

    @Override
    public List<RoutedContact> heldBy(long agentId) {
        return em.createQuery(
                        "select c from RoutedContact c where c.agentId = :agent and c.state in :held"
                                + " order by c.offeredAt, c.contactId",
                        RoutedContact.class)
                .setParameter("agent", agentId)
                .setParameter("held", HELD)
                .getResultList();
    }

    @Override
    public List<RoutedContact> offeredBefore(Instant instant) {
        return em.createQuery(
                        "select c from RoutedContact c where c.state = :offered and c.offeredAt < :instant"
                                + " order by c.offeredAt, c.contactId",
                        RoutedContact.class)
                .setParameter("offered", RoutingState.OFFERED)
                .setParameter("instant", instant)
                .getResultList();
    }

    @Override
    public List<RoutedContact> waitingForCase(long caseId) {
        return em.createQuery(
                        "select r from RoutedContact r, Contact c where c.id = r.contactId and c.caseId = :case"
                                + " and r.state = :waiting order by r.arrivedAt, r.contactId",
                        RoutedContact.class)
                .setParameter("case", caseId)
                .setParameter("waiting", RoutingState.WAITING)
                .getResultList();
    }

    @Override
    public void record(RoutingDecision decision) {
        em.persist(decision);
    }

    @Override
    public List<RoutingDecision> decisions(long contactId) {
        return em.createQuery(
                        "select d from RoutingDecision d where d.contactId = :contact order by d.decidedAt, d.id",
                        RoutingDecision.class)
                .setParameter("contact", contactId)
                .getResultList();
    }

    @Override
    public List<QueueRule> queues() {
        return em.createQuery("select q from QueueRule q order by q.name", QueueRule.class)
                .getResultList();
    }

    @Override
    public Optional<QueueRule> queue(String name) {
        return Optional.ofNullable(em.find(QueueRule.class, name));
    }

    @Override
    public void add(QueueRule queue) {
        em.persist(queue);
    }

    @Override
    public void remove(QueueRule queue) {
        em.remove(queue);
    }

    @Override
    public List<QueueFigures> figures(Instant since, Instant now) {
        Map<String, Object[]> waiting = new HashMap<>();
        em.createQuery(
                        "select c.queue, count(c), min(c.arrivedAt) from RoutedContact c where c.state = :waiting"
                                + " group by c.queue",
                        Object[].class)
                .setParameter("waiting", RoutingState.WAITING)
                .getResultList()
                .forEach(row -> waiting.put((String) row[0], row));
        Map<String, Object[]> answers = new HashMap<>();
        em.createQuery(
                        "select c.queue,"
                                + " sum(case when c.acceptedAt is not null then 1 else 0 end),"
                                + " sum(case when c.acceptedAt is not null and c.waitSeconds <= q.answerTargetSeconds"
                                + " then 1 else 0 end),"
                                + " sum(case when c.state = :abandoned then 1 else 0 end)"
                                + " from RoutedContact c join QueueRule q on q.name = c.queue"
                                + " where c.arrivedAt >= :since group by c.queue",
                        Object[].class)
                .setParameter("abandoned", RoutingState.ABANDONED)
                .setParameter("since", since)
                .getResultList()
                .forEach(row -> answers.put((String) row[0], row));
        return queues().stream()
                .map(q -> {
                    Object[] w = waiting.get(q.name());
                    Object[] a = answers.get(q.name());
                    return new QueueFigures(
                            q.name(),
                            w == null ? 0 : (Long) w[1],
                            w == null ? Duration.ZERO : Duration.between((Instant) w[2], now),
                            a == null ? 0 : number(a[1]),
                            a == null ? 0 : number(a[2]),
                            a == null ? 0 : number(a[3]),
                            q.answerTarget());
                })
                .toList();
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    @Override
    public Set<String> knownSkills(Set<String> among) {
        if (among.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select distinct s.name from Agent a join a.skills s where s.name in :among", String.class)
                .setParameter("among", among)
                .getResultList());
    }

    @Override
    public void flush() {
        em.flush();
    }
}
