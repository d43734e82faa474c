package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.coaching.CoachingRepository;
import org.frontline.qualityaudit.coaching.CoachingState;
import org.frontline.qualityaudit.coaching.CoachingTask;

/** Coaching tasks through Jakarta Persistence. */
public class JpaCoachingRepository implements CoachingRepository {
    private final EntityManager em;

    public JpaCoachingRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<CoachingTask> find(long id) {
        return Optional.ofNullable(em.find(CoachingTask.class, id));
    }

    @Override
    public void add(CoachingTask task) {
        em.persist(task);
    }

    @Override
    public List<CoachingTask> ofReview(long reviewId) {
        return em.createQuery("select t from CoachingTask t where t.reviewId = :review", CoachingTask.class)
                .setParameter("review", reviewId)
                .getResultList();
    }

    @Override
    public List<CoachingTask> list(Optional<Long> teamId, Optional<Long> agentId, Optional<CoachingState> state) {
        StringBuilder jpql = new StringBuilder("select t from CoachingTask t where 1 = 1");
        teamId.ifPresent(t -> jpql.append(" and t.teamId = :team"));
        agentId.ifPresent(a -> jpql.append(" and t.agentId = :agent"));
        state.ifPresent(s -> jpql.append(" and t.state = :state"));
        TypedQuery<CoachingTask> query =
                em.createQuery(jpql.append(" order by t.openedAt, t.id").toString(), CoachingTask.class);
        teamId.ifPresent(t -> query.setParameter("team", t));
        agentId.ifPresent(a -> query.setParameter("agent", a));
        state.ifPresent(s -> query.setParameter("state", s));
        return query.getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
