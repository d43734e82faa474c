package org.frontline.web.simulation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.frontline.routing.simulation.Scenario;
import org.frontline.web.platform.JobQueue;

/** Runs simulation jobs one at a time, in order, and remembers the last {@value #KEPT} of them. */
@ApplicationScoped
public class SimulationJobs {
    private static final int KEPT = 50;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    private JobQueue<SimulationJob> queue;

    @PostConstruct
    void start() {
        queue = new JobQueue<>(threads, KEPT);
    }

    @PreDestroy
    void stop() {
        queue.stop();
    }

    /** Queues a job and returns it at once. */
    SimulationJob submit(Scenario baseline, Optional<Scenario> variant, int replications, long seed) {
        return queue.submit(id -> new SimulationJob(id, baseline, variant, replications, seed, clock));
    }

    Optional<SimulationJob> get(long id) {
        return queue.get(id);
    }
}
