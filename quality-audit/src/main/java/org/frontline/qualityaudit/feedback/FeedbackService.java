package org.frontline.qualityaudit.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.agent.StatusLogEntry;
import org.frontline.core.domain.schedule.ShiftService;
import org.frontline.qualityaudit.coaching.TrainingService;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.sampling.Proportion;

/** Gathers an agent's feedback packet, records team leads' observations, and keeps the sessions held. */
public class FeedbackService {
    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    private final FeedbackRepository feedback;
    private final TrainingService training;
    private final ShiftService shifts;
    private final AgentService agents;
    private final Clock clock;

    public FeedbackService(
            FeedbackRepository feedback,
            TrainingService training,
            ShiftService shifts,
            AgentService agents,
            Clock clock) {
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.training = Objects.requireNonNull(training, "training");
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public FeedbackPacket packet(long agentId, Period period) {
        agents.get(agentId);
        List<ReviewedContact> reviews = feedback.reviewsOf(agentId, period);
        long passed = reviews.stream().filter(r -> r.review().passed()).count();
        return new FeedbackPacket(
                agentId,
                period,
                reviews,
                reviews.isEmpty()
                        ? Optional.empty()
                        : Optional.of(Proportion.wilson(passed, reviews.size(), NINETY_FIVE)),
                reviews.stream()
                        .flatMap(r -> r.review().total().stream())
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .stream()
                        .boxed()
                        .findFirst(),
                feedback.calibrationsOf(agentId, period),
                feedback.coachingOf(agentId, period),
                training.ofAgent(agentId).stream()
                        .filter(t -> period.holds(t.completedOn()))
                        .toList(),
                feedback.observationsOf(agentId, period),
                timeByStatus(agents.statusLog(agentId, period.from(), period.to()), period),
                shifts.adherence(agentId, period.from(), period.to()));
    }

    public Observation observe(long agentId, long authorId, String note) {
        agents.get(agentId);
        agents.get(authorId);
        return feedback.add(new Observation(agentId, authorId, note, clock.instant()));
    }

    public FeedbackSession hold(long agentId, long leadId, Period period, String notes, String actions) {
        agents.get(agentId);
        agents.get(leadId);
        return feedback.add(new FeedbackSession(agentId, leadId, period, notes, actions, clock.instant()));
    }

    public List<FeedbackSession> sessionsOf(long agentId) {
        agents.get(agentId);
        return feedback.sessionsOf(agentId);
    }

    /** How long the agent spent in each status within the period (an open stretch runs until now). */
    private Map<AgentStatus, Duration> timeByStatus(List<StatusLogEntry> log, Period period) {
        Map<AgentStatus, Duration> time = new EnumMap<>(AgentStatus.class);
        Instant now = clock.instant();
        for (StatusLogEntry entry : log) {
            Instant start = entry.startedAt().isBefore(period.from()) ? period.from() : entry.startedAt();
            Instant end = entry.endedAt() == null ? now : entry.endedAt();
            end = end.isAfter(period.to()) ? period.to() : end;
            if (end.isAfter(start)) {
                time.merge(entry.status(), Duration.between(start, end), Duration::plus);
            }
        }
        return time;
    }
}
