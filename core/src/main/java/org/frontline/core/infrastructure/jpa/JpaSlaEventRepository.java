package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.sla.SlaEvent;
import org.frontline.core.domain.sla.SlaEventFilter;
import org.frontline.core.domain.sla.SlaEventRepository;

/** SLA events stored through Jakarta Persistence; the watch is serialised by a row lock on {@code job_lock}. */
public class JpaSlaEventRepository extends JpaRepository<SlaEvent> implements SlaEventRepository {
    private static final String WATCH_JOB = "sla-watch";

    public JpaSlaEventRepository(EntityManager em) {
        super(em, SlaEvent.class);
    }

    @Override
    public void lockWatch() {
        if (em.createNativeQuery("select name from job_lock where name = ?1 for update")
                .setParameter(1, WATCH_JOB)
                .getResultList()
                .isEmpty()) {
            throw new IllegalStateException("The job_lock row '" + WATCH_JOB + "' is missing; the migrations add it");
        }
    }

    @Override
    public Set<SlaEvent.Crossing> crossingsOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select e from SlaEvent e where e.caseId in :cases", SlaEvent.class)
                .setParameter("cases", caseIds)
                .getResultStream()
                .map(SlaEvent::crossing)
                .collect(Collectors.toSet());
    }

    @Override
    public Page<SlaEvent> list(SlaEventFilter filter, PageRequest request) {
        QueryConditions conditions = new QueryConditions()
                .and(filter.caseId(), "e.caseId = :case", "case")
                .and(filter.target(), "e.target = :target", "target")
                .and(filter.kind(), "e.kind = :kind", "kind")
                .and(filter.since(), "e.recordedAt >= :since", "since");
        return page(conditions, "e.recordedAt, e.id", request);
    }
}
