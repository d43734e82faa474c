package org.frontline.qualityaudit.dispute;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.qualityaudit.ledger.Ledger;
import org.frontline.qualityaudit.ledger.LedgerKind;
import org.frontline.qualityaudit.review.Handlers;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.review.ReviewRepository;
import org.frontline.qualityaudit.review.ReviewService;
import org.frontline.qualityaudit.review.ReviewState;

/**
 * The agent's answer to a review of their contact: acknowledge it, or dispute it with a comment and proposed ratings,
 * within the window after it was submitted; an arbitrator (neither the reviewer nor the agent) then decides, and a
 * decision that changes the review revises it, with the decision as the revision's reason. Decisions go on the hash
 * chain.
 */
public class DisputeService {

    private static final String KIND = "dispute";

    private final DisputeRepository disputes;
    private final ReviewRepository reviewRecords;
    private final ReviewService reviews;
    private final Handlers handlers;
    private final AgentService agents;
    private final Ledger ledger;
    private final AnswerWindow window;
    private final Clock clock;

    public DisputeService(
            DisputeRepository disputes,
            ReviewRepository reviewRecords,
            ReviewService reviews,
            Handlers handlers,
            AgentService agents,
            Ledger ledger,
            AnswerWindow window,
            Clock clock) {
        this.disputes = Objects.requireNonNull(disputes, "disputes");
        this.reviewRecords = Objects.requireNonNull(reviewRecords, "reviewRecords");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Acknowledgement acknowledge(long reviewId, long agentId, Optional<String> comment) {
        answerable(reviewId, agentId);
        return disputes.add(new Acknowledgement(reviewId, agentId, comment, clock.instant()));
    }

    public Dispute dispute(long reviewId, long agentId, String comment, List<ReviewRating> proposed) {
        Review review = answerable(reviewId, agentId);
        if (!proposed.isEmpty()) {
            Review.scoreOf(reviews.scorecardOfReview(review).scorecard(), proposed);
        }
        return disputes.add(new Dispute(
                reviewId, review.target(), agentId, review.reviewerId(), comment, proposed, clock.instant()));
    }

    public Dispute get(long id) {
        return disputes.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<Dispute> list(Optional<DisputeState> state) {
        return disputes.list(state);
    }

    /**
     * Decides a dispute. UPHELD leaves the review as it is; PARTLY_ACCEPTED revises it with the arbitrator's ratings;
     * OVERTURNED with the arbitrator's ratings when given, else the agent's proposed ones.
     */
    public Dispute decide(
            long id,
            long expectedVersion,
            long arbitratorId,
            Outcome outcome,
            String reason,
            List<ReviewRating> ratings) {
        Dispute dispute = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, dispute.version());
        if (outcome == null) {
            throw new InvalidValueException("outcome", "name the outcome: UPHELD, PARTLY_ACCEPTED or OVERTURNED");
        }
        agents.get(arbitratorId);
        dispute.decide(arbitratorId, outcome, reason, clock.instant());
        if (outcome != Outcome.UPHELD) {
            List<ReviewRating> revised =
                    ratings.isEmpty() && outcome == Outcome.OVERTURNED ? dispute.proposed() : ratings;
            if (revised.isEmpty()) {
                throw new InvalidValueException(
                        "ratings",
                        outcome == Outcome.PARTLY_ACCEPTED
                                ? "a partly accepted dispute needs the arbitrator's ratings"
                                : "the agent proposed no ratings: give the arbitrator's");
            }
            Review review = reviewRecords.find(dispute.reviewId()).orElseThrow();
            Review next = reviews.revise(
                    review.id(),
                    review.version(),
                    revised,
                    "dispute " + id + " " + outcome + " by arbitrator " + arbitratorId + ": " + reason.strip());
            dispute.revisedAs(next.id());
        }
        disputes.flush();
        ledger.append(LedgerKind.DISPUTE, dispute.id(), DisputeText.of(dispute));
        return dispute;
    }

    /** The review, if this agent may still answer it now. */
    private Review answerable(long reviewId, long agentId) {
        Review review = reviewRecords.find(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
        if (review.state() != ReviewState.SUBMITTED
                || review.supersededBy().isPresent()
                || review.calibrationId().isPresent()) {
            throw new InvalidTransitionException(
                    "review", reviewId, review.state(), "answer", "only a current submitted production review can be");
        }
        if (!handlers.of(review.target()).contains(agentId)) {
            throw new InvalidValueException(
                    "agentId", "only an agent who handled " + review.target() + " may answer its review");
        }
        window.requireOpen(review, clock.instant());
        if (disputes.answered(reviewId)) {
            throw new DuplicateException("answer", "review", Long.toString(reviewId));
        }
        return review;
    }
}
