package org.frontline.web.kpi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.frontline.core.domain.shared.Progress;
import org.frontline.web.platform.JobQueue;
import org.frontline.web.platform.Transactions;

/** Runs report jobs one at a time, each in its own transaction, and remembers the last {@value #KEPT} of them. */
@ApplicationScoped
public class ReportJobs {
    private static final int KEPT = 50;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    @Inject
    Transactions transactions;

    private JobQueue<ReportJob> queue;

    @PostConstruct
    void start() {
        queue = new JobQueue<>(threads, KEPT);
    }

    @PreDestroy
    void stop() {
        queue.stop();
    }

    /** Queues the report and returns its job at once. */
    ReportJob submit(String report, Function<Progress, Object> work) {
        return queue.submit(
                id -> new ReportJob(id, report, progress -> transactions.run(() -> work.apply(progress)), clock));
    }

    Optional<ReportJob> get(long id) {
        return queue.get(id);
    }
}
