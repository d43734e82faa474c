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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** Held while a run is under way, so stopping can wait for it rather than pull the application from under it. */
    private final ReentrantLock running = new ReentrantLock();

    private volatile boolean stopping;
    private ScheduledFuture<?> task;

    /** Starts after the migration, which observes start-up earlier. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) Startup startup) {
        if (seconds <= 0) {
            LOG.info("SLA watch is off (FRONTLINE_SLA_WATCH_SECONDS=" + seconds + ")");
            return;
        }
        task = scheduler.scheduleWithFixedDelay(this::watchOnce, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "SLA watch runs every " + seconds + " s");
    }

    /** A failed run is logged and the next one still comes: the scheduler drops a task that throws. */
    private void watchOnce() {
        running.lock();
        try {
            if (stopping) {
                return;
            }
            int recorded = watch.run().size();
            if (recorded > 0) {
                LOG.fine(() -> "SLA watch recorded " + recorded + " warnings and breaches");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SLA watch failed; it runs again in " + seconds + " s", e);
        } finally {
            running.unlock();
        }
    }

    /** Stops before the application does, letting a run under way finish first. */
    void stop(@Observes Shutdown shutdown) {
        stopping = true;
        if (task != null) {
            task.cancel(false);
        }
        running.lock();
        running.unlock();
    }
}
