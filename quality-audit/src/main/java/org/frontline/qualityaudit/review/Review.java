package org.frontline.qualityaudit.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.ScoreSheet;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Scoring;

/**
 * A QA analyst's review of one contact, or a whole case, against one scorecard version. A draft takes ratings; submitting scores and
 * locks it; a later change is a new review (the next revision) that supersedes it, with the reason, so every score
 * ever submitted stays as it was.
 */
@Entity
@Table(name = "qa_review")
public class Review {
    private static final String KIND = "review";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_review_seq")
    @SequenceGenerator(name = "qa_review_seq", sequenceName = "qa_review_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "scorecard_id", nullable = false)
    private long scorecardId;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewState state;

    @Column(nullable = false)
    private int revision;

    @Column(name = "supersedes")
    private Long supersedes;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "revision_reason", length = ReviewRating.MAX_COMMENT)
    private String revisionReason;

    @ElementCollection
    @CollectionTable(name = "qa_review_rating", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<ReviewRating> ratings = new ArrayList<>();

    @Column(name = "total_score")
    private Double total;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "auto_failed", nullable = false)
    private boolean autoFailed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The calibration session the review belongs to; none for a production review. */
    @Column(name = "calibration_id")
    private Long calibrationId;

    /** For Jakarta Persistence only. */
    protected Review() {}

    /**
     * A new draft review by this reviewer of this contact or case against this scorecard version, in a calibration session
     * or (none given) in production.
     */
    public Review(ReviewTarget target, long scorecardId, long reviewerId, Optional<Long> calibrationId, Instant now) {
        this.contactId = target.contactId().orElse(null);
        this.caseId = target.caseId().orElse(null);
        this.scorecardId = scorecardId;
        this.reviewerId = reviewerId;
        this.calibrationId = calibrationId.orElse(null);
        this.state = ReviewState.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Replaces the draft's ratings (checked against the scorecard; they need not be complete yet). */
    public void rate(Scorecard scorecard, List<ReviewRating> newRatings) {
        if (state != ReviewState.DRAFT) {
            throw new InvalidTransitionException(
                    KIND, id, state, "rate", "a submitted review is locked: revise it, with a reason");
        }
        Scoring.check(scorecard, answers(newRatings));
        ratings.clear();
        ratings.addAll(newRatings);
    }

    /** Scores the draft (every criterion must be rated or N/A) and locks it. */
    public ScoreSheet submit(Scorecard scorecard, Instant now) {
        if (state != ReviewState.DRAFT) {
            throw new InvalidTransitionException(KIND, id, state, "submit", "it was submitted already");
        }
        ScoreSheet sheet = Scoring.score(scorecard, answers(ratings));
        this.total = sheet.total();
        this.passed = sheet.passed();
        this.autoFailed = sheet.autoFailed();
        this.state = ReviewState.SUBMITTED;
        this.revision = revision + 1;
        this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
        return sheet;
    }

    /** The next revision of this submitted review, with new ratings and the reason; it must still be current. */
    public Review revised(Scorecard scorecard, List<ReviewRating> newRatings, String reason, Instant now) {
        if (state != ReviewState.SUBMITTED || supersededBy != null) {
            throw new InvalidTransitionException(
                    KIND, id, state, "revise", "only the current submitted revision can be revised");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required: say why the submitted review changes");
        }
        Review next = new Review(target(), scorecardId, reviewerId, calibrationId(), now);
        next.revision = revision;
        next.supersedes = id;
        next.revisionReason = reason.strip();
        next.rate(scorecard, newRatings);
        next.submit(scorecard, now);
        return next;
    }

    /** This revision was replaced by a later one. */
    public void supersededBy(long laterId) {
        this.supersededBy = laterId;
    }

    /** The score these ratings would give on this scorecard; every criterion must be rated or N/A. */
    public static ScoreSheet scoreOf(Scorecard scorecard, List<ReviewRating> ratings) {
        return Scoring.score(scorecard, answers(ratings));
    }

    private static Map<CriterionKey, Rating> answers(List<ReviewRating> ratings) {
        Map<CriterionKey, Rating> answers = new HashMap<>();
        for (ReviewRating rating : ratings) {
            if (answers.put(rating.key(), rating.rating()) != null) {
                throw new InvalidValueException("answers", rating.key() + " is answered twice");
            }
        }
        return answers;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** The contact scored; empty for a case review. */
    public Optional<Long> contactId() {
        return Optional.ofNullable(contactId);
    }

    /** The case scored; empty for a contact review. */
    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public ReviewTarget target() {
        return new ReviewTarget(contactId(), caseId());
    }

    public long scorecardId() {
        return scorecardId;
    }

    public long reviewerId() {
        return reviewerId;
    }

    public ReviewState state() {
        return state;
    }

    public int revision() {
        return revision;
    }

    public Optional<Long> supersedes() {
        return Optional.ofNullable(supersedes);
    }

    public Optional<Long> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public Optional<String> revisionReason() {
        return Optional.ofNullable(revisionReason);
    }

    public List<ReviewRating> ratings() {
        return List.copyOf(ratings);
    }

    public Optional<Double> total() {
        return Optional.ofNullable(total);
    }

    public boolean passed() {
        return passed;
    }

    public boolean autoFailed() {
        return autoFailed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Long> calibrationId() {
        return Optional.ofNullable(calibrationId);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }
}
