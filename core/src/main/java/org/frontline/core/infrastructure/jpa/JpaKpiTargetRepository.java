package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.targets.KpiTarget;
import org.frontline.core.domain.kpi.targets.KpiTargetRepository;

/** KPI targets through Jakarta Persistence. */
public class JpaKpiTargetRepository extends JpaRepository<KpiTarget> implements KpiTargetRepository {

    public JpaKpiTargetRepository(EntityManager em) {
        super(em, KpiTarget.class);
    }

    @Override
    public Optional<KpiTarget> find(Optional<Long> teamId, Kpi kpi) {
        String team = teamId.isPresent() ? "t.teamId = :team" : "t.teamId is null";
        var query = em.createQuery("select t from KpiTarget t where " + team + " and t.kpi = :kpi", KpiTarget.class)
                .setParameter("kpi", kpi);
        teamId.ifPresent(id -> query.setParameter("team", id));
        return query.getResultStream().findFirst();
    }

    @Override
    public List<KpiTarget> all() {
        return em.createQuery(
                        "select t from KpiTarget t order by case when t.teamId is null then 0 else 1 end, t.teamId,"
                                + " t.kpi",
                        KpiTarget.class)
                .getResultList();
    }

    @Override
    public void remove(KpiTarget target) {
        em.remove(target);
    }
}
