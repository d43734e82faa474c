package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.coaching.TrainingRecord;
import org.frontline.qualityaudit.coaching.TrainingRepository;

/** Training records through Jakarta Persistence. */
public class JpaTrainingRepository implements TrainingRepository {
    private final EntityManager em;

    public JpaTrainingRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<TrainingRecord> find(long id) {
        return Optional.ofNullable(em.find(TrainingRecord.class, id));
    }

    @Override
    public TrainingRecord add(TrainingRecord record) {
        em.persist(record);
        em.flush();
        return record;
    }

    @Override
    public List<TrainingRecord> ofAgent(long agentId) {
        return em.createQuery(
                        "select t from TrainingRecord t where t.agentId = :agent order by t.completedOn desc, t.id desc",
                        TrainingRecord.class)
                .setParameter("agent", agentId)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
