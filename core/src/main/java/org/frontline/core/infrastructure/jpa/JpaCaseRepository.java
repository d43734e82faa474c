package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseFilter;
import org.frontline.core.domain.cases.CaseRepository;
import org.frontline.core.domain.cases.CaseStatus;
import org.frontline.core.domain.cases.CaseTransition;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Cases and their history stored through Jakarta Persistence. */
public class JpaCaseRepository extends JpaRepository<Case> implements CaseRepository {
    private static final List<CaseStatus> RUNNING = List.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.REOPENED);

    public JpaCaseRepository(EntityManager em) {
        super(em, Case.class);
    }

    @Override
    public Page<Case> list(CaseFilter filter, PageRequest request) {
        QueryConditions conditions = new QueryConditions()
                .and(filter.status(), "e.status = :status", "status")
                .and(filter.priority(), "e.priority = :priority", "priority")
                .and(filter.type(), "e.type = :type", "type")
                .and(filter.tier(), "e.supportTier = :tier", "tier")
                .and(filter.customerId(), "e.customer.id = :customer", "customer")
                .and(filter.ownerId(), "e.owner.id = :owner", "owner")
                .and(filter.problemId(), "e.problemId = :problem", "problem");
        return page(conditions, "e.createdAt desc, e.id desc", request);
    }

    @Override
    public List<Case> running(long afterId, int limit) {
        return em.createQuery(
                        "select c from SupportCase c where c.status in :running and c.id > :after order by c.id",
                        Case.class)
                .setParameter("running", RUNNING)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addTransition(CaseTransition transition) {
        em.persist(transition);
    }

    @Override
    public List<CaseTransition> histories(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select t from CaseTransition t where t.caseId in :cases order by t.caseId, t.occurredAt, t.id",
                        CaseTransition.class)
                .setParameter("cases", caseIds)
                .getResultList();
    }

    @Override
    public List<CaseTransition> history(long caseId, int limit) {
        return em.createQuery(
                        "select t from CaseTransition t where t.caseId = :case order by t.occurredAt, t.id",
                        CaseTransition.class)
                .setParameter("case", caseId)
                .setMaxResults(limit)
                .getResultList();
    }
}
