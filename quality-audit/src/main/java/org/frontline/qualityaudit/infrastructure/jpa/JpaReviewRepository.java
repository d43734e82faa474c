package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
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
        Review first = review;
        while (first.supersedes().isPresent()) {
            first = em.find(Review.class, first.supersedes().get());
        }
        List<Review> line = new ArrayList<>();
        for (Review at = first;
                at != null;
                at = at.supersededBy().map(id -> em.find(Review.class, id)).orElse(null)) {
            line.add(at);
        }
        return line;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
