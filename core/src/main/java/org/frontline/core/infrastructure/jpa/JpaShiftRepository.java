package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.schedule.Shift;
import org.frontline.core.domain.schedule.ShiftRepository;

/** Agents' shifts through Jakarta Persistence. */
public class JpaShiftRepository extends JpaRepository<Shift> implements ShiftRepository {

    public JpaShiftRepository(EntityManager em) {
        super(em, Shift.class);
    }

    @Override
    public List<Shift> overlapping(long agentId, Instant from, Instant to) {
        return em.createQuery(
                        "select s from Shift s where s.agentId = :agent and s.startsAt < :to and s.endsAt > :from"
                                + " and s.cancelledAt is null"
                                + " order by s.startsAt",
                        Shift.class)
                .setParameter("agent", agentId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
