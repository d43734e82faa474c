package org.frontline.web.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.frontline.core.domain.shared.Progress;
import org.frontline.web.platform.BackgroundJobs;
import org.frontline.web.platform.Transactions;

/** Runs report jobs one at a time, each in its own transaction, and remembers the last {@value #KEPT} of them. */
@ApplicationScoped
public class ReportJobs extends BackgroundJobs<ReportJob> {
    private static final int KEPT = 50;

    @Inject
    Clock clock;

    @Inject
    Transactions transactions;

    public ReportJobs() {
        super(KEPT);
    }

    /** Queues the report and returns its job at once. */
    ReportJob submit(String report, Function<Progress, Object> work) {
        return queue().submit(id ->
                new ReportJob(id, report, progress -> transactions.run(() -> work.apply(progress)), clock));
    }

    Optional<ReportJob> get(long id) {
        return queue().get(id);
    }
}
