package org.frontline.web.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.schedule.ShiftService;
import org.frontline.qualityaudit.audit.AuditService;
import org.frontline.qualityaudit.calibration.CalibrationService;
import org.frontline.qualityaudit.coaching.CoachingService;
import org.frontline.qualityaudit.coaching.TrainingService;
import org.frontline.qualityaudit.dispute.AnswerWindow;
import org.frontline.qualityaudit.dispute.DisputeService;
import org.frontline.qualityaudit.dispute.DisputeText;
import org.frontline.qualityaudit.feedback.FeedbackService;
import org.frontline.qualityaudit.infrastructure.jpa.JpaAuditRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaCalibrationRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaCoachingRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaDisputeRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaFeedbackRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaLedgerRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaOperationsSource;
import org.frontline.qualityaudit.infrastructure.jpa.JpaPopulationSource;
import org.frontline.qualityaudit.infrastructure.jpa.JpaReviewRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaScorecardRepository;
import org.frontline.qualityaudit.infrastructure.jpa.JpaTrainingRepository;
import org.frontline.qualityaudit.ledger.Ledger;
import org.frontline.qualityaudit.ledger.LedgerKind;
import org.frontline.qualityaudit.operations.QualityOperationsService;
import org.frontline.qualityaudit.review.Handlers;
import org.frontline.qualityaudit.review.ReviewService;
import org.frontline.qualityaudit.review.ReviewText;
import org.frontline.qualityaudit.scorecard.ScorecardService;

/** Builds the quality-audit module's services as CDI beans on the container's persistence context. */
@ApplicationScoped
public class QualityServices {

    /** Container-managed and transaction-scoped: safe to share, it binds to the caller's transaction. */
    @PersistenceContext(unitName = "frontline")
    private EntityManager entityManager;

    @Produces
    ScorecardService scorecardService(Clock clock) {
        return new ScorecardService(new JpaScorecardRepository(entityManager), clock);
    }

    /** The hash chain; verification compares each review and dispute it holds with the record as it stands now. */
    @Produces
    Ledger ledger(Clock clock) {
        JpaReviewRepository reviews = new JpaReviewRepository(entityManager);
        JpaDisputeRepository disputes = new JpaDisputeRepository(entityManager);
        return new Ledger(
                new JpaLedgerRepository(entityManager),
                Map.of(
                        LedgerKind.REVIEW, id -> reviews.find(id).map(ReviewText::of),
                        LedgerKind.DISPUTE, id -> disputes.find(id).map(DisputeText::of)),
                clock);
    }

    /** Who handled a contact, or the contacts of a case: the agents a review is about. */
    @Produces
    Handlers handlers(ContactService contacts, CaseService cases) {
        return new Handlers(contacts, cases);
    }

    @Produces
    CoachingService coachingService(ScorecardService scorecards, Handlers handlers, AgentService agents, Clock clock) {
        return new CoachingService(new JpaCoachingRepository(entityManager), scorecards, handlers, agents, clock);
    }

    @Produces
    TrainingService trainingService(AgentService agents, Clock clock) {
        return new TrainingService(new JpaTrainingRepository(entityManager), agents, clock);
    }

    @Produces
    FeedbackService feedbackService(TrainingService training, ShiftService shifts, AgentService agents, Clock clock) {
        return new FeedbackService(new JpaFeedbackRepository(entityManager), training, shifts, agents, clock);
    }

    @Produces
    QualityOperationsService qualityOperationsService() {
        return new QualityOperationsService(new JpaOperationsSource(entityManager));
    }

    /** Reviews, chained on submission and told to coaching, which opens tasks from them. */
    @Produces
    ReviewService reviewService(
            ScorecardService scorecards,
            Handlers handlers,
            AgentService agents,
            Ledger ledger,
            CoachingService coaching,
            Clock clock) {
        return new ReviewService(
                new JpaReviewRepository(entityManager), scorecards, handlers, agents, ledger, List.of(coaching), clock);
    }

    @Produces
    CalibrationService calibrationService(
            ReviewService reviews,
            ScorecardService scorecards,
            ContactService contacts,
            AgentService agents,
            Clock clock) {
        return new CalibrationService(
                new JpaCalibrationRepository(entityManager), reviews, scorecards, contacts, agents, clock);
    }

    @Produces
    AuditService auditService(ScorecardService scorecards, AgentService agents, Ledger ledger, Clock clock) {
        return new AuditService(
                new JpaAuditRepository(entityManager),
                new JpaPopulationSource(entityManager),
                scorecards,
                agents,
                ledger,
                clock);
    }

    /** Agents may acknowledge or dispute a review for {@code FRONTLINE_QA_DISPUTE_DAYS} days (7 by default). */
    @Produces
    DisputeService disputeService(
            ReviewService reviews,
            Handlers handlers,
            AgentService agents,
            Ledger ledger,
            Clock clock,
            @ConfigProperty(name = "FRONTLINE_QA_DISPUTE_DAYS", defaultValue = "7") int disputeDays) {
        return new DisputeService(
                new JpaDisputeRepository(entityManager),
                new JpaReviewRepository(entityManager),
                reviews,
                handlers,
                agents,
                ledger,
                new AnswerWindow(Duration.ofDays(disputeDays)),
                clock);
    }
}
