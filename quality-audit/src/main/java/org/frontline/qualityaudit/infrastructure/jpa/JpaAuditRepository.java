package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.audit.Audit;
import org.frontline.qualityaudit.audit.AuditRepository;
import org.frontline.qualityaudit.audit.AuditState;
import org.frontline.qualityaudit.audit.AuditUnit;
import org.frontline.qualityaudit.audit.UnitReview;
import org.frontline.qualityaudit.dispute.Dispute;
import org.frontline.qualityaudit.review.Review;

/** Audits and their samples through Jakarta Persistence. */
public class JpaAuditRepository implements AuditRepository {
    private final EntityManager em;

    public JpaAuditRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Audit> find(long id) {
        return Optional.ofNullable(em.find(Audit.class, id));
    }

    @Override
    public Optional<Audit> byName(String name) {
        return em.createQuery("select a from Audit a where a.name = :name", Audit.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Audit> list() {
        return em.createQuery("select a from Audit a order by a.createdAt desc, a.id desc", Audit.class)
                .getResultList();
    }

    @Override
    public Audit add(Audit audit) {
        em.persist(audit);
        em.flush();
        return audit;
    }

    @Override
    public void addUnits(List<AuditUnit> units) {
        units.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<UnitReview> units(Audit audit, Optional<Long> analystId) {
        TypedQuery<Object[]> query = em.createQuery(
                        "select u, r from AuditUnit u left join Review r on r.contactId = u.contactId"
                                + " and r.reviewerId = u.analystId and r.supersededBy is null and r.calibrationId is null"
                                + " and r.scorecardId = :scorecard where u.auditId = :audit"
                                + (analystId.isPresent() ? " and u.analystId = :analyst" : "")
                                + " order by u.contactId",
                        Object[].class)
                .setParameter("scorecard", audit.scorecardId())
                .setParameter("audit", audit.id());
        analystId.ifPresent(id -> query.setParameter("analyst", id));
        return query.getResultStream()
                .map(row -> new UnitReview((AuditUnit) row[0], Optional.ofNullable((Review) row[1])))
                .toList();
    }

    @Override
    public List<Dispute> disputes(Audit audit) {
        return em.createQuery(
                        "select d from Dispute d, AuditUnit u where u.auditId = :audit and d.contactId = u.contactId"
                                + " and d.reviewerId = u.analystId order by d.raisedAt, d.id",
                        Dispute.class)
                .setParameter("audit", audit.id())
                .getResultList();
    }

    @Override
    public Optional<Audit> previousComplete(Audit audit, String scorecardName) {
        return em.createQuery(
                        "select a from Audit a, StoredScorecard s where a.scorecardId = s.id and s.name = :name"
                                + " and a.state = :complete and a.createdAt < :created and a.id <> :id"
                                + " order by a.completedAt desc, a.id desc",
                        Audit.class)
                .setParameter("name", scorecardName)
                .setParameter("complete", AuditState.COMPLETE)
                .setParameter("created", audit.createdAt())
                .setParameter("id", audit.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
