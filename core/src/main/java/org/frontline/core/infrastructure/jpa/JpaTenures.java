package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.LeaveReason;
import org.frontline.core.domain.workforce.Tenure;
import org.frontline.core.domain.workforce.TenureSource;

/** Agents' tenures read from the agent table (a few columns per agent, never their skills). */
public class JpaTenures implements TenureSource {
    private final EntityManager em;

    public JpaTenures(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<Tenure> overlapping(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select a.id, a.name, t.id, t.name, a.hireDate, a.leftOn, a.leaveReason from Agent a join a.team t"
                                + " where a.hireDate < :to and (a.leftOn is null or a.leftOn >= :from)",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new Tenure(
                        (Long) row[0],
                        (String) row[1],
                        (Long) row[2],
                        (String) row[3],
                        (LocalDate) row[4],
                        Optional.ofNullable((LocalDate) row[5]),
                        Optional.ofNullable((LeaveReason) row[6])))
                .toList();
    }
}
