package org.frontline.qualityaudit.feedback;

import java.util.List;
import org.frontline.qualityaudit.coaching.CoachingTask;

/** What a feedback packet is gathered from, and where observations and sessions are kept. */
public interface FeedbackRepository {

    /**
     * Current submitted production reviews of contacts the agent handled and of cases they handled a contact of,
     * submitted in the period, oldest first.
     */
    List<ReviewedContact> reviewsOf(long agentId, Period period);

    /** The agent's contacts scored in calibration sessions created in the period. */
    List<CalibrationOutcome> calibrationsOf(long agentId, Period period);

    /** Coaching tasks of the agent opened in the period. */
    List<CoachingTask> coachingOf(long agentId, Period period);

    List<Observation> observationsOf(long agentId, Period period);

    Observation add(Observation observation);

    FeedbackSession add(FeedbackSession session);

    /** The agent's feedback sessions, latest first. */
    List<FeedbackSession> sessionsOf(long agentId);
}
