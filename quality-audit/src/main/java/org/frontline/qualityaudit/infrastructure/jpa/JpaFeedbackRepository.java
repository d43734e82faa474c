package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.frontline.qualityaudit.coaching.CoachingTask;
import org.frontline.qualityaudit.dispute.Dispute;
import org.frontline.qualityaudit.feedback.CalibrationOutcome;
import org.frontline.qualityaudit.feedback.FeedbackRepository;
import org.frontline.qualityaudit.feedback.FeedbackSession;
import org.frontline.qualityaudit.feedback.Observation;
import org.frontline.qualityaudit.feedback.Period;
import org.frontline.qualityaudit.feedback.ReviewAnswer;
import org.frontline.qualityaudit.feedback.ReviewedContact;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewState;

/** Feedback packets' sources, observations and sessions through Jakarta Persistence. */
public class JpaFeedbackRepository implements FeedbackRepository {
    private final EntityManager em;

    public JpaFeedbackRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<ReviewedContact> reviewsOf(long agentId, Period period) {
        List<Review> reviews = em.createQuery(
                        "select r from Review r where r.calibrationId is null and r.supersededBy is null"
                                + " and r.state = :submitted and r.submittedAt >= :from and r.submittedAt < :to"
                                + " and (r.contactId in (select c.id from Contact c where c.agentId = :agent)"
                                + " or r.caseId in (select c.caseId from Contact c where c.agentId = :agent))"
                                + " order by r.submittedAt, r.id",
                        Review.class)
                .setParameter("agent", agentId)
                .setParameter("submitted", ReviewState.SUBMITTED)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
        if (reviews.isEmpty()) {
            return List.of();
        }
        List<Long> ids = reviews.stream().map(Review::id).toList();
        List<Long> acknowledged = em.createQuery(
                        "select a.reviewId from Acknowledgement a where a.reviewId in :ids", Long.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Dispute> disputes = em.createQuery(
                        "select d from Dispute d where d.reviewId in :ids or d.resultingReviewId in :ids",
                        Dispute.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(d -> d.resultingReviewId().orElse(d.reviewId()), d -> d, (a, b) -> a));
        return reviews.stream()
                .map(r -> new ReviewedContact(r, answer(r.id(), acknowledged, disputes)))
                .toList();
    }

    /** Acknowledged; or disputed, and once decided how (a decided dispute's revision carries its outcome). */
    private static ReviewAnswer answer(long reviewId, List<Long> acknowledged, Map<Long, Dispute> disputes) {
        if (acknowledged.contains(reviewId)) {
            return ReviewAnswer.ACKNOWLEDGED;
        }
        Dispute dispute = disputes.get(reviewId);
        if (dispute == null) {
            return ReviewAnswer.NONE;
        }
        return dispute.outcome().map(o -> ReviewAnswer.valueOf(o.name())).orElse(ReviewAnswer.DISPUTED);
    }

    @Override
    public List<CalibrationOutcome> calibrationsOf(long agentId, Period period) {
        return em.createQuery(
                        "select s.id, s.name, r.contactId, count(r), avg(r.total), min(r.total), max(r.total)"
                                + " from Review r, CalibrationSession s, Contact c where r.calibrationId = s.id"
                                + " and r.contactId = c.id and c.agentId = :agent and r.supersededBy is null"
                                + " and r.state = :submitted and s.createdAt >= :from and s.createdAt < :to"
                                + " group by s.id, s.name, r.contactId order by s.id, r.contactId",
                        Object[].class)
                .setParameter("agent", agentId)
                .setParameter("submitted", ReviewState.SUBMITTED)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultStream()
                .map(row -> new CalibrationOutcome(
                        (Long) row[0],
                        (String) row[1],
                        (Long) row[2],
                        ((Number) row[3]).longValue(),
                        ((Number) row[4]).doubleValue(),
                        ((Number) row[5]).doubleValue(),
                        ((Number) row[6]).doubleValue()))
                .toList();
    }

    @Override
    public List<CoachingTask> coachingOf(long agentId, Period period) {
        return em.createQuery(
                        "select t from CoachingTask t where t.agentId = :agent and t.openedAt >= :from"
                                + " and t.openedAt < :to order by t.openedAt, t.id",
                        CoachingTask.class)
                .setParameter("agent", agentId)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
    }

    @Override
    public List<Observation> observationsOf(long agentId, Period period) {
        return em.createQuery(
                        "select o from Observation o where o.agentId = :agent and o.observedAt >= :from"
                                + " and o.observedAt < :to order by o.observedAt, o.id",
                        Observation.class)
                .setParameter("agent", agentId)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
    }

    @Override
    public Observation add(Observation observation) {
        em.persist(observation);
        em.flush();
        return observation;
    }

    @Override
    public FeedbackSession add(FeedbackSession session) {
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public List<FeedbackSession> sessionsOf(long agentId) {
        return em.createQuery(
                        "select f from FeedbackSession f where f.agentId = :agent order by f.heldAt desc, f.id desc",
                        FeedbackSession.class)
                .setParameter("agent", agentId)
                .getResultList();
    }
}
