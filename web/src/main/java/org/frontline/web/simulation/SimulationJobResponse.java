package org.frontline.web.simulation;

import java.time.Instant;
import org.frontline.routing.simulation.SimulationResult;

/**
 * A simulation job: QUEUED, RUNNING, DONE or FAILED (with the error); replications done of the total (the progress
 * bar); and once done, the day's results and the what-if variant's. Each estimate is a mean with the half-width of
 * its 95% confidence interval.
 */
public record SimulationJobResponse(
        long id,
        String state,
        int replicationsDone,
        int replicationsTotal,
        Instant submittedAt,
        Instant finishedAt,
        String error,
        SimulationResult result,
        SimulationResult whatIf) {}
