package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.team.ServiceFunction;
import org.frontline.core.domain.team.Team;
import org.frontline.core.domain.team.TeamRepository;

/** Teams stored through Jakarta Persistence. */
public class JpaTeamRepository extends JpaRepository<Team> implements TeamRepository {

    public JpaTeamRepository(EntityManager em) {
        super(em, Team.class);
    }

    @Override
    public Optional<Team> findByName(String name) {
        return em.createQuery("select t from Team t where t.name = :name", Team.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Team> list(Optional<ServiceFunction> function, PageRequest request) {
        return page(
                new QueryConditions().and(function, "e.serviceFunction = :function", "function"),
                "e.name, e.id",
                request);
    }
}
