package org.frontline.qualityaudit.coaching;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.qualityaudit.review.Handlers;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewObserver;
import org.frontline.qualityaudit.scorecard.ScorecardService;

/**
 * Opens coaching tasks from production reviews as they are submitted (for the team of each agent who handled the
 * contact or case), withdraws those of a review when it is revised, and lets a team lead close a task with a note.
 */
public class CoachingService implements ReviewObserver {
    private static final String KIND = "coaching task";

    private final CoachingRepository tasks;
    private final ScorecardService scorecards;
    private final Handlers handlers;
    private final AgentService agents;
    private final Clock clock;

    public CoachingService(
            CoachingRepository tasks,
            ScorecardService scorecards,
            Handlers handlers,
            AgentService agents,
            Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void submitted(Review review, Optional<Review> superseded) {
        superseded.ifPresent(old -> tasks.ofReview(old.id()).forEach(t -> t.withdraw(clock.instant())));
        if (review.calibrationId().isPresent()) {
            return;
        }
        List<CoachingFinding> findings =
                CoachingRules.findings(scorecards.byId(review.scorecardId()).scorecard(), review);
        for (long agent : handlers.of(review.target())) {
            long team = agents.get(agent).team().id();
            findings.forEach(finding ->
                    tasks.add(new CoachingTask(agent, team, review.id(), review.target(), finding, clock.instant())));
        }
    }

    public CoachingTask get(long id) {
        return tasks.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<CoachingTask> list(Optional<Long> teamId, Optional<Long> agentId, Optional<CoachingState> state) {
        return tasks.list(teamId, agentId, state);
    }

    public CoachingTask done(long id, long expectedVersion, long coachId, String note) {
        CoachingTask task = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, task.version());
        agents.get(coachId);
        task.done(coachId, note, clock.instant());
        tasks.flush();
        return task;
    }
}
