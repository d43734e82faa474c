package org.frontline.web.staffing;

import org.frontline.routing.staffing.QueueModel;
import org.frontline.routing.staffing.StaffingPlan;

/**
 * The staff an interval needs and how it performs with them; {@code atAgents} answers the "what if we had n agents"
 * question when the request named n.
 */
public record StaffingResponse(
        String model,
        double traffic,
        int requiredAgents,
        int scheduledAgents,
        QueuePerformanceResponse atRequired,
        QueuePerformanceResponse atAgents) {

    static StaffingResponse of(String model, QueueModel queue, StaffingPlan plan, StaffingRequest request) {
        return new StaffingResponse(
                model,
                plan.traffic(),
                plan.requiredAgents(),
                plan.scheduledAgents(),
                QueuePerformanceResponse.from(plan.performance()),
                request.agentsAsked()
                        .map(n -> QueuePerformanceResponse.from(
                                queue.performance(n, request.target().thresholdSeconds())))
                        .orElse(null));
    }
}
