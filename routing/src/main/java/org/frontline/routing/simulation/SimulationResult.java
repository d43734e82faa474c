package org.frontline.routing.simulation;

import java.util.List;

/**
 * What the replications of a simulated day found: per queue (day and intervals), the agents' occupancy per interval
 * (busy ÷ staffed seconds) and over the day, and how many replications it took.
 */
public record SimulationResult(
        int replications,
        List<QueueOutcome> queues,
        Estimate occupancy,
        List<Estimate> occupancyByInterval,
        long decisions) {}
