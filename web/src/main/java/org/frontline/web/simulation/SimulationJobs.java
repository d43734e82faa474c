package org.frontline.web.simulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.frontline.routing.simulation.Scenario;
import org.frontline.web.platform.BackgroundJobs;

/** Runs simulation jobs one at a time, in order, and remembers the last {@value #KEPT} of them. */
@ApplicationScoped
public class SimulationJobs extends BackgroundJobs<SimulationJob> {
    private static final int KEPT = 50;

    @Inject
    Clock clock;

    public SimulationJobs() {
        super(KEPT);
    }

    /** Queues a job and returns it at once. */
    SimulationJob submit(Scenario baseline, Optional<Scenario> variant, int replications, long seed) {
        return queue().submit(id -> new SimulationJob(id, baseline, variant, replications, seed, clock));
    }

    Optional<SimulationJob> get(long id) {
        return queue().get(id);
    }
}
