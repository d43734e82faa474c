package org.frontline.qualityaudit.feedback;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.schedule.Adherence;
import org.frontline.qualityaudit.coaching.CoachingTask;
import org.frontline.qualityaudit.coaching.TrainingRecord;
import org.frontline.qualityaudit.sampling.Proportion;

/**
 * Everything a team lead brings to a feedback session with one agent for one period: the reviews of their contacts
 * with the pass rate (Wilson interval) and mean score, how they answered each, calibration outcomes, coaching tasks,
 * training, observations, the time spent in each status (from the agent's status log) and adherence to their shifts.
 */
public record FeedbackPacket(
        long agentId,
        Period period,
        List<ReviewedContact> reviews,
        Optional<Proportion> passRate,
        Optional<Double> meanScore,
        List<CalibrationOutcome> calibrations,
        List<CoachingTask> coaching,
        List<TrainingRecord> training,
        List<Observation> observations,
        Map<AgentStatus, Duration> timeByStatus,
        Adherence adherence) {}
