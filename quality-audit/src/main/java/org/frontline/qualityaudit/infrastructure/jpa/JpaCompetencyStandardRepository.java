package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.frontline.core.infrastructure.jpa.JpaRepository;
import org.frontline.qualityaudit.competency.CompetencyStandard;
import org.frontline.qualityaudit.competency.CompetencyStandardRepository;

/** Teams' competency standards through Jakarta Persistence. */
public class JpaCompetencyStandardRepository extends JpaRepository<CompetencyStandard>
        implements CompetencyStandardRepository {

    public JpaCompetencyStandardRepository(EntityManager em) {
        super(em, CompetencyStandard.class);
    }

    @Override
    public Optional<CompetencyStandard> find(long teamId) {
        return findById(teamId);
    }

    @Override
    public List<CompetencyStandard> all() {
        return em.createQuery("select s from CompetencyStandard s order by s.teamId", CompetencyStandard.class)
                .getResultList();
    }

    @Override
    public void remove(CompetencyStandard standard) {
        em.remove(standard);
    }
}
