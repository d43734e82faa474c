package org.frontline.web.sla;

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
 * Runs the SLA watch every {@code FRONTLINE_SLA_WATCH_SECONDS} (30 by default; 0 turns it off) on the container's
 * managed scheduler. Every server of a cluster runs it; a database lock lets one at a time look, so each crossing is
 * recorded once.
 */
@ApplicationScoped
public class SlaWatchSchedule {
    private static final Logger LOG = Logger.getLogger(SlaWatchSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "FRONTLINE_SLA_WATCH_SECONDS", defaultValue = "30")
    long seconds;

    @Inject
    SlaWatchRun watch;

    private Periodic task;

    /** Starts after the migration, which observes start-up earlier. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) Startup startup) {
        if (seconds <= 0) {
            LOG.info("SLA watch is off (FRONTLINE_SLA_WATCH_SECONDS=" + seconds + ")");
            return;
        }
        task = Periodic.every(scheduler, "SLA watch", seconds, watch::run);
    }

    /** Stops before the application does, letting a run under way finish first. */
    void stop(@Observes Shutdown shutdown) {
        if (task != null) {
            task.stop();
        }
    }
}
