package org.frontline.web.simulation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.routing.simulation.Scenario;
import org.frontline.routing.simulation.Simulation;
import org.frontline.routing.simulation.SimulationResult;
import org.frontline.web.platform.JobState;

/**
 * One simulation job: the day as asked and its what-if variant (run second, with the same seed), how many
 * replications are done of how many, and the results once finished.
 */
final class SimulationJob implements Runnable {
    final long id;
    final Instant submittedAt;
    private final Scenario baseline;
    private final Optional<Scenario> variant;
    private final int replications;
    private final long seed;
    private final Clock clock;
    private final AtomicInteger done = new AtomicInteger();
    private volatile JobState state = JobState.QUEUED;
    private volatile Instant finishedAt;
    private volatile SimulationResult baselineResult;
    private volatile SimulationResult variantResult;
    private volatile String error;

    SimulationJob(long id, Scenario baseline, Optional<Scenario> variant, int replications, long seed, Clock clock) {
        this.id = id;
        this.baseline = baseline;
        this.variant = variant;
        this.replications = replications;
        this.seed = seed;
        this.clock = clock;
        this.submittedAt = clock.instant();
    }

    /** Runs the day, then the variant; a failure is recorded, not thrown. */
    @Override
    public void run() {
        state = JobState.RUNNING;
        try {
            baselineResult = Simulation.run(baseline, replications, seed, done::set);
            if (variant.isPresent()) {
                variantResult = Simulation.run(variant.get(), replications, seed, d -> done.set(replications + d));
            }
            state = JobState.DONE;
        } catch (RuntimeException e) {
            error = e.getMessage();
            state = JobState.FAILED;
        } finally {
            finishedAt = clock.instant();
        }
    }

    SimulationJobResponse response() {
        return new SimulationJobResponse(
                id,
                state.name(),
                done.get(),
                replications * (variant.isPresent() ? 2 : 1),
                submittedAt,
                finishedAt,
                error,
                baselineResult,
                variantResult);
    }
}
