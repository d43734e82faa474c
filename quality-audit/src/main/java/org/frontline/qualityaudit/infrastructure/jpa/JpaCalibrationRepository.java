package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.calibration.CalibrationRepository;
import org.frontline.qualityaudit.calibration.CalibrationSession;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewState;

/** Calibration sessions through Jakarta Persistence. */
public class JpaCalibrationRepository implements CalibrationRepository {
    private final EntityManager em;

    public JpaCalibrationRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<CalibrationSession> find(long id) {
        return Optional.ofNullable(em.find(CalibrationSession.class, id));
    }

    @Override
    public Optional<CalibrationSession> byName(String name) {
        return em.createQuery("select c from CalibrationSession c where c.name = :name", CalibrationSession.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CalibrationSession> list(Optional<String> scorecardName) {
        if (scorecardName.isEmpty()) {
            return em.createQuery(
                            "select c from CalibrationSession c order by c.createdAt, c.id", CalibrationSession.class)
                    .getResultList();
        }
        return em.createQuery(
                        "select c from CalibrationSession c, StoredScorecard s where c.scorecardId = s.id"
                                + " and s.name = :name order by c.createdAt, c.id",
                        CalibrationSession.class)
                .setParameter("name", scorecardName.get())
                .getResultList();
    }

    @Override
    public CalibrationSession add(CalibrationSession session) {
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public List<Review> submitted(long sessionId) {
        return em.createQuery(
                        "select r from Review r where r.calibrationId = :session and r.supersededBy is null"
                                + " and r.state = :submitted",
                        Review.class)
                .setParameter("session", sessionId)
                .setParameter("submitted", ReviewState.SUBMITTED)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
