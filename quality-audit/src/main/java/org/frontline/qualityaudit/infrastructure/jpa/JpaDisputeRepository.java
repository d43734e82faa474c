package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.dispute.Acknowledgement;
import org.frontline.qualityaudit.dispute.Dispute;
import org.frontline.qualityaudit.dispute.DisputeRepository;
import org.frontline.qualityaudit.dispute.DisputeState;

/** Acknowledgements and disputes through Jakarta Persistence. */
public class JpaDisputeRepository implements DisputeRepository {
    private final EntityManager em;

    public JpaDisputeRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Dispute> find(long id) {
        return Optional.ofNullable(em.find(Dispute.class, id));
    }

    @Override
    public Dispute add(Dispute dispute) {
        em.persist(dispute);
        em.flush();
        return dispute;
    }

    @Override
    public Acknowledgement add(Acknowledgement acknowledgement) {
        em.persist(acknowledgement);
        em.flush();
        return acknowledgement;
    }

    @Override
    public boolean answered(long reviewId) {
        return em.createQuery("select count(a) from Acknowledgement a where a.reviewId = :review", Long.class)
                                .setParameter("review", reviewId)
                                .getSingleResult()
                        + em.createQuery("select count(d) from Dispute d where d.reviewId = :review", Long.class)
                                .setParameter("review", reviewId)
                                .getSingleResult()
                > 0;
    }

    @Override
    public List<Dispute> list(Optional<DisputeState> state) {
        if (state.isEmpty()) {
            return em.createQuery("select d from Dispute d order by d.raisedAt, d.id", Dispute.class)
                    .getResultList();
        }
        return em.createQuery("select d from Dispute d where d.state = :state order by d.raisedAt, d.id", Dispute.class)
                .setParameter("state", state.get())
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
