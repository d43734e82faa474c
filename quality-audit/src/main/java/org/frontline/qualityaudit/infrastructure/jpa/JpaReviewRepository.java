package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
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
    public List<Review> currentOf(long contactId) {
        return em.createQuery(
                        "select r from Review r where r.contactId = :contact and r.supersededBy is null"
                                + " order by r.createdAt, r.id",
                        Review.class)
                .setParameter("contact", contactId)
                .getResultList();
    }

    @Override
    public List<Review> line(Review review) {
        return em.createQuery(
                        "select r from Review r where r.contactId = :contact and r.reviewerId = :reviewer"
                                + " order by r.revision, r.id",
                        Review.class)
                .setParameter("contact", review.contactId())
                .setParameter("reviewer", review.reviewerId())
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
