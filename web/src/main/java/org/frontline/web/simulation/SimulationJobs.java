package org.frontline.web.simulation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.frontline.routing.simulation.Scenario;

/**
 * Runs simulation jobs one at a time, in order, on a container-managed thread (a simulation keeps a core busy, and
 * this server has other work), and remembers the last {@value #KEPT} of them.
 */
@ApplicationScoped
public class SimulationJobs {
    private static final int KEPT = 50;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, SimulationJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SimulationJob> eldest) {
            return size() > KEPT;
        }
    };
    private ExecutorService worker;

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Queues a job and returns it at once. */
    SimulationJob submit(Scenario baseline, Optional<Scenario> variant, int replications, long seed) {
        SimulationJob job =
                new SimulationJob(ids.incrementAndGet(), baseline, variant, replications, seed, clock.instant());
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        worker.execute(() -> job.run(clock));
        return job;
    }

    Optional<SimulationJob> get(long id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }
}
