package org.frontline.qualityaudit.coaching;

import java.util.List;
import java.util.Optional;

/** Where coaching tasks are kept. */
public interface CoachingRepository {

    Optional<CoachingTask> find(long id);

    void add(CoachingTask task);

    /** The tasks opened from a review. */
    List<CoachingTask> ofReview(long reviewId);

    /** Tasks by team, agent and state (each when given), oldest first. */
    List<CoachingTask> list(Optional<Long> teamId, Optional<Long> agentId, Optional<CoachingState> state);

    void flush();
}
