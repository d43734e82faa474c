package org.frontline.core.domain.workforce;

import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores pulse surveys and their answers; answers are read back only as counts per team and score. */
public interface PulseSurveyRepository {
    PulseSurvey add(PulseSurvey survey);

    Optional<PulseSurvey> findById(long id);

    /** Newest closing first. */
    Page<PulseSurvey> list(PageRequest request);

    /** Stores the answer; fails with a duplicate when the agent has answered the survey already. */
    void addAnswer(PulseAnswer answer);

    boolean answered(long surveyId, long agentId);

    /** How many agents of each team gave each score. */
    List<ScoreCount> scores(long surveyId);

    /** How many agents of team {@code teamId} gave {@code score}. */
    record ScoreCount(long teamId, int score, long agents) {}
}
