package org.frontline.qualityaudit.coaching;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewObserver;
import org.frontline.qualityaudit.scorecard.ScorecardService;

/**
 * Opens coaching tasks from production reviews as they are submitted (for the team of the agent who handled the
 * contact), withdraws those of a review when it is revised, and lets a team lead close a task with a note.
 */
public class CoachingService implements ReviewObserver {
    private static final String KIND = "coaching task";

    private final CoachingRepository tasks;
    private final ScorecardService scorecards;
    private final ContactService contacts;
    private final AgentService agents;
    private final Clock clock;

    public CoachingService(
            CoachingRepository tasks,
            ScorecardService scorecards,
            ContactService contacts,
            AgentService agents,
            Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void submitted(Review review, Optional<Review> superseded) {
        superseded.ifPresent(old -> tasks.ofReview(old.id()).forEach(t -> t.withdraw(clock.instant())));
        if (review.calibrationId().isPresent()) {
            return;
        }
        Optional<Long> agent = contacts.get(review.contactId()).details().agentId();
        if (agent.isEmpty()) {
            return;
        }
        long team = agents.get(agent.get()).team().id();
        CoachingRules.findings(scorecards.byId(review.scorecardId()).scorecard(), review)
                .forEach(finding -> tasks.add(new CoachingTask(
                        agent.get(), team, review.id(), review.contactId(), finding, clock.instant())));
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
