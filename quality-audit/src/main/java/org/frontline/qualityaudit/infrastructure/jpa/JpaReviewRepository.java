package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewRepository;

/** Reviews through Jakarta Persistence. */
public class JpaReviewRepository implements ReviewRepository {
    private final EntityManager em;

    public JpaReviewRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Review> find(long id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    @Override
    public Review add(Review review) {
        em.persist(review);
        em.flush();
        return review;
    }

    @Override
    public List<Review> currentOf(long contactId, Optional<Long> calibrationId) {
        return inSession(
                        em.createQuery(
                                        "select r from Review r where r.contactId = :contact and r.supersededBy is null"
                                                + " and " + session(calibrationId) + " order by r.createdAt, r.id",
                                        Review.class)
                                .setParameter("contact", contactId),
                        calibrationId)
                .getResultList();
    }

    @Override
    public List<Review> line(Review review) {
        return inSession(
                        em.createQuery(
                                        "select r from Review r where r.contactId = :contact and r.reviewerId = :reviewer"
                                                + " and " + session(review.calibrationId())
                                                + " order by r.revision, r.id",
                                        Review.class)
                                .setParameter("contact", review.contactId())
                                .setParameter("reviewer", review.reviewerId()),
                        review.calibrationId())
                .getResultList();
    }

    /** The condition for reviews of a calibration session (:session), or of production when there is none. */
    private static String session(Optional<Long> calibrationId) {
        return calibrationId.isPresent() ? "r.calibrationId = :session" : "r.calibrationId is null";
    }

    private static TypedQuery<Review> inSession(TypedQuery<Review> query, Optional<Long> calibrationId) {
        calibrationId.ifPresent(id -> query.setParameter("session", id));
        return query;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
