package org.frontline.qualityaudit.review;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.qualityaudit.ledger.Ledger;
import org.frontline.qualityaudit.ledger.LedgerKind;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.ScorecardService;
import org.frontline.qualityaudit.scorecard.StoredScorecard;

/**
 * Runs reviews: a QA analyst starts one on a contact or case (never their own) against a scorecard version, rates
 * it, submits it, and revises it later with a reason; every submission and revision goes on the hash chain and is
 * told to the observers (coaching). Reviewers are blind to each other: a reviewer sees another's review of a contact
 * or case only once they have submitted their own.
 */
public class ReviewService {
    private static final String KIND = "review";

    private final ReviewRepository reviews;
    private final ScorecardService scorecards;
    private final Handlers handlers;
    private final AgentService agents;
    private final Ledger ledger;
    private final List<ReviewObserver> observers;
    private final Clock clock;

    public ReviewService(
            ReviewRepository reviews,
            ScorecardService scorecards,
            Handlers handlers,
            AgentService agents,
            Ledger ledger,
            List<ReviewObserver> observers,
            Clock clock) {
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.observers = List.copyOf(observers);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new production draft against the scorecard's given version (its latest when none is given). */
    public Review start(ReviewTarget target, long reviewerId, String scorecard, Optional<Integer> version) {
        StoredScorecard card =
                version.map(v -> scorecards.version(scorecard, v)).orElseGet(() -> scorecards.latest(scorecard));
        return start(target, reviewerId, card, Optional.empty());
    }

    /**
     * A new draft against this scorecard version, in a calibration session or in production: never of a contact the
     * reviewer handled (nor a case they handled any contact of), and one current review per reviewer and target in
     * each.
     */
    public Review start(ReviewTarget target, long reviewerId, StoredScorecard card, Optional<Long> calibrationId) {
        agents.get(reviewerId);
        if (handlers.of(target).contains(reviewerId)) {
            throw new InvalidValueException(
                    "reviewerId", "agent " + reviewerId + " handled " + target + ": nobody reviews their own contact");
        }
        if (reviews.currentOf(target, calibrationId).stream().anyMatch(r -> r.reviewerId() == reviewerId)) {
            throw new DuplicateException(KIND, "target and reviewer", target + " by " + reviewerId);
        }
        return reviews.add(new Review(target, card.id(), reviewerId, calibrationId, clock.instant()));
    }

    public Review rate(long id, long expectedVersion, List<ReviewRating> ratings) {
        Review review = current(id, expectedVersion);
        review.rate(scorecardOf(review), ratings);
        reviews.flush();
        return review;
    }

    public Review submit(long id, long expectedVersion) {
        Review review = current(id, expectedVersion);
        review.submit(scorecardOf(review), clock.instant());
        reviews.flush();
        ledger.append(LedgerKind.REVIEW, review.id(), ReviewText.of(review));
        observers.forEach(o -> o.submitted(review, Optional.empty()));
        return review;
    }

    /** The next revision of a submitted review; the one it replaces stays as it was, marked superseded. */
    public Review revise(long id, long expectedVersion, List<ReviewRating> ratings, String reason) {
        Review review = current(id, expectedVersion);
        Review next = reviews.add(review.revised(scorecardOf(review), ratings, reason, clock.instant()));
        review.supersededBy(next.id());
        reviews.flush();
        ledger.append(LedgerKind.REVIEW, next.id(), ReviewText.of(next));
        observers.forEach(o -> o.submitted(next, Optional.of(review)));
        return next;
    }

    /** A review as this viewer may see it: their own, or another's once they submitted theirs of the contact. */
    public Review get(long id, long viewerId) {
        Review review = reviews.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        if (review.reviewerId() != viewerId
                && !hasSubmitted(viewerId, reviews.currentOf(review.target(), review.calibrationId()))) {
            throw new NotFoundException(
                    KIND,
                    id + " (hidden from reviewer " + viewerId + " until they submit their own review of "
                            + review.target() + ")");
        }
        return review;
    }

    /** The current production reviews of a contact or case that this viewer may see. */
    public Visible of(ReviewTarget target, long viewerId) {
        List<Review> all = reviews.currentOf(target, Optional.empty());
        boolean submitted = hasSubmitted(viewerId, all);
        List<Review> seen = all.stream()
                .filter(r -> r.reviewerId() == viewerId || submitted)
                .toList();
        return new Visible(seen, all.size() - seen.size());
    }

    /** A contact's reviews a viewer may see, and how many others are hidden until they submit their own. */
    public record Visible(List<Review> reviews, int hidden) {}

    /** Every revision of a review, first first. */
    public List<Review> revisions(long id, long viewerId) {
        return reviews.line(get(id, viewerId));
    }

    public StoredScorecard scorecardOfReview(Review review) {
        return scorecards.byId(review.scorecardId());
    }

    /** Whether, among a contact's current reviews, this reviewer's is submitted. */
    private static boolean hasSubmitted(long reviewerId, List<Review> current) {
        return current.stream().anyMatch(r -> r.reviewerId() == reviewerId && r.state() == ReviewState.SUBMITTED);
    }

    private Review current(long id, long expectedVersion) {
        Review review = reviews.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, review.version());
        return review;
    }

    private Scorecard scorecardOf(Review review) {
        return scorecardOfReview(review).scorecard();
    }
}
