package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.frontline.core.domain.itil.Problem;
import org.frontline.core.domain.itil.ProblemRepository;
import org.frontline.core.domain.itil.ProblemStatus;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Problems stored through Jakarta Persistence. */
public class JpaProblemRepository extends JpaRepository<Problem> implements ProblemRepository {

    public JpaProblemRepository(EntityManager em) {
        super(em, Problem.class);
    }

    @Override
    public Page<Problem> list(Optional<ProblemStatus> status, PageRequest request) {
        return page(
                new QueryConditions().and(status, "e.status = :status", "status"),
                "e.createdAt desc, e.id desc",
                request);
    }
}
