package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewRepository;
import org.frontline.qualityaudit.review.ReviewTarget;

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
    public List<Review> currentOf(ReviewTarget target, Optional<Long> calibrationId) {
        return inSession(
                        targeted(
                                em.createQuery(
                                        "select r from Review r where " + target(target) + " and r.supersededBy is null"
                                                + " and " + session(calibrationId) + " order by r.createdAt, r.id",
                                        Review.class),
                                target),
                        calibrationId)
                .getResultList();
    }

    @Override
    public List<Review> line(Review review) {
        return inSession(
                        targeted(
                                em.createQuery(
                                                "select r from Review r where " + target(review.target())
                                                        + " and r.reviewerId = :reviewer and "
                                                        + session(review.calibrationId())
                                                        + " order by r.revision, r.id",
                                                Review.class)
                                        .setParameter("reviewer", review.reviewerId()),
                                review.target()),
                        review.calibrationId())
                .getResultList();
    }

    /** The condition for reviews of the target's contact (:target) or case. */
    private static String target(ReviewTarget target) {
        return target.contactId().isPresent() ? "r.contactId = :target" : "r.caseId = :target";
    }

    private static TypedQuery<Review> targeted(TypedQuery<Review> query, ReviewTarget target) {
        return query.setParameter(
                "target", target.contactId().or(target::caseId).orElseThrow());
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
