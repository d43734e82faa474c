package org.frontline.web.kpi;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.web.platform.Periodic;

/**
 * Runs the KPI roll-up every {@code FRONTLINE_KPI_ROLLUP_SECONDS} (60 by default; 0 turns it off, and reports then
 * read every day from the rows). A database lock lets one server of a cluster run it at a time.
 */
@ApplicationScoped
public class KpiRollUpSchedule {
    private static final Logger LOG = Logger.getLogger(KpiRollUpSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "FRONTLINE_KPI_ROLLUP_SECONDS", defaultValue = "60")
    long seconds;

    @Inject
    KpiRollUpRunner runner;

    private Periodic task;

    /** Starts after the migration and the demo data, which observe start-up earlier. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) Startup startup) {
        if (seconds <= 0) {
            LOG.info("KPI roll-up is off (FRONTLINE_KPI_ROLLUP_SECONDS=" + seconds + ")");
            return;
        }
        task = Periodic.every(scheduler, "KPI roll-up", seconds, runner::run);
    }

    /** Stops before the application does, letting a run under way finish first. */
    void stop(@Observes Shutdown shutdown) {
        if (task != null) {
            task.stop();
        }
    }
}
