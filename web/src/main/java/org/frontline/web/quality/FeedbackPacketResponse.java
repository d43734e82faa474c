package org.frontline.web.quality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.qualityaudit.feedback.CalibrationOutcome;
import org.frontline.qualityaudit.feedback.FeedbackPacket;
import org.frontline.web.agent.AdherenceResponse;

/**
 * An agent's feedback packet for a period: reviews of their contacts (score, pass, how they answered), the pass rate
 * with its Wilson interval and the mean score, calibration outcomes, coaching tasks, training, observations, and the
 * seconds spent in each status, and adherence to the agent's shifts.
 */
public record FeedbackPacketResponse(
        long agentId,
        String from,
        String to,
        List<ReviewLine> reviews,
        AuditReportResponse.RateResponse passRate,
        Double meanScore,
        List<CalibrationOutcome> calibrations,
        List<CoachingResponse> coaching,
        List<TrainingResponse> training,
        List<ObservationResponse> observations,
        Map<String, Long> secondsByStatus,
        AdherenceResponse adherence) {

    /** One review of the agent's contact and the agent's answer (NONE, ACKNOWLEDGED, DISPUTED or the outcome). */
    public record ReviewLine(
            long reviewId,
            Long contactId,
            Long caseId,
            long reviewerId,
            int revision,
            Double total,
            boolean passed,
            boolean autoFailed,
            String submittedAt,
            String answer) {}

    static FeedbackPacketResponse from(FeedbackPacket p) {
        Map<String, Long> seconds = new TreeMap<>();
        p.timeByStatus().forEach((status, time) -> seconds.put(status.name(), time.toSeconds()));
        return new FeedbackPacketResponse(
                p.agentId(),
                p.period().from().toString(),
                p.period().to().toString(),
                p.reviews().stream()
                        .map(r -> new ReviewLine(
                                r.review().id(),
                                r.review().contactId().orElse(null),
                                r.review().caseId().orElse(null),
                                r.review().reviewerId(),
                                r.review().revision(),
                                r.review().total().orElse(null),
                                r.review().passed(),
                                r.review().autoFailed(),
                                r.review().submittedAt().map(Object::toString).orElse(null),
                                r.answer().name()))
                        .toList(),
                p.passRate().map(AuditReportResponse.RateResponse::from).orElse(null),
                p.meanScore().orElse(null),
                p.calibrations(),
                p.coaching().stream().map(CoachingResponse::from).toList(),
                p.training().stream().map(TrainingResponse::from).toList(),
                p.observations().stream().map(ObservationResponse::from).toList(),
                seconds,
                AdherenceResponse.from(
                        p.agentId(), p.period().from(), p.period().to(), p.adherence()));
    }
}
