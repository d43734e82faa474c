package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.frontline.core.domain.kpi.cost.CostRateRepository;
import org.frontline.core.domain.kpi.cost.TeamCostRate;

/** Teams' cost rates through Jakarta Persistence. */
public class JpaCostRateRepository extends JpaRepository<TeamCostRate> implements CostRateRepository {

    public JpaCostRateRepository(EntityManager em) {
        super(em, TeamCostRate.class);
    }

    @Override
    public void remove(TeamCostRate rate) {
        em.remove(rate);
    }

    @Override
    public List<TeamCostRate> all() {
        return em.createQuery("select r from TeamCostRate r order by r.teamId", TeamCostRate.class)
                .getResultList();
    }
}
