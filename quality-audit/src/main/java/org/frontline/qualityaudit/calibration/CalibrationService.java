package org.frontline.qualityaudit.calibration;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewService;
import org.frontline.qualityaudit.review.ReviewTarget;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.scorecard.ScorecardService;
import org.frontline.qualityaudit.scorecard.StoredScorecard;

/**
 * Runs calibration sessions: sets one up, lets its raters score its contacts blind (reviews of the session, apart
 * from production ones), closes it, and reports agreement with {@value #RESAMPLES} bootstrap resamples seeded by the
 * session's id, so the same scores always give the same intervals.
 */
public class CalibrationService {
    private static final String KIND = "calibration session";
    static final int RESAMPLES = 1000;
    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    private final CalibrationRepository sessions;
    private final ReviewService reviews;
    private final ScorecardService scorecards;
    private final ContactService contacts;
    private final AgentService agents;
    private final Clock clock;

    public CalibrationService(
            CalibrationRepository sessions,
            ReviewService reviews,
            ScorecardService scorecards,
            ContactService contacts,
            AgentService agents,
            Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CalibrationSession open(CalibrationPlan plan) {
        StoredScorecard card = plan.scorecardVersion()
                .map(v -> scorecards.version(plan.scorecardName(), v))
                .orElseGet(() -> scorecards.latest(plan.scorecardName()));
        plan.contactIds().forEach(contacts::get);
        plan.raterIds().forEach(agents::get);
        CalibrationSession session = new CalibrationSession(
                plan.name(), card.id(), plan.contactIds(), plan.raterIds(), plan.expertId(), clock.instant());
        if (sessions.byName(session.name()).isPresent()) {
            throw new DuplicateException(KIND, "name", session.name());
        }
        return sessions.add(session);
    }

    public CalibrationSession get(long id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<CalibrationSession> list(Optional<String> scorecardName) {
        return sessions.list(scorecardName);
    }

    /** A rater's draft review of one of the session's contacts, against the session's scorecard version. */
    public Review score(long id, long contactId, long raterId) {
        CalibrationSession session = get(id);
        session.admit(contactId, raterId);
        return reviews.start(
                ReviewTarget.contact(contactId), raterId, scorecards.byId(session.scorecardId()), Optional.of(id));
    }

    public CalibrationSession close(long id, long expectedVersion) {
        CalibrationSession session = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, session.version());
        session.close(clock.instant());
        sessions.flush();
        return session;
    }

    /** Agreement so far (final once the session is closed). */
    public CalibrationResult result(long id) {
        CalibrationSession session = get(id);
        StoredScorecard card = scorecards.byId(session.scorecardId());
        List<Review> submitted = sessions.submitted(id);
        CalibrationGrids grids =
                new CalibrationGrids(card.scorecard(), session.contacts(), session.raters(), submitted);
        OptionalInt expert = session.expertId()
                .map(e -> OptionalInt.of(session.raters().indexOf(e)))
                .orElseGet(OptionalInt::empty);
        AgreementReport agreement = new AgreementAnalysis(session.contacts().size(), RESAMPLES, id, NINETY_FIVE)
                .analyse(grids.criteria(), grids.totals(), expert);
        return new CalibrationResult(session, card.name(), card.versionNumber(), submitted.size(), agreement);
    }
}
