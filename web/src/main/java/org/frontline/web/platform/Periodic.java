package org.frontline.web.platform;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work the container's scheduler runs every so many seconds: a failed run is logged and the next one still comes
 * (the scheduler drops a task that throws), and stopping waits for a run under way rather than pull the application
 * from under it.
 */
public final class Periodic {
    private static final Logger LOG = Logger.getLogger(Periodic.class.getName());

    private final String name;
    private final long seconds;
    private final Runnable work;
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledFuture<?> task;
    private volatile boolean stopping;

    private Periodic(ManagedScheduledExecutorService scheduler, String name, long seconds, Runnable work) {
        this.name = name;
        this.seconds = seconds;
        this.work = work;
        this.task = scheduler.scheduleWithFixedDelay(this::runOnce, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> name + " runs every " + seconds + " s");
    }

    /** Starts {@code work} every {@code seconds}. */
    public static Periodic every(ManagedScheduledExecutorService scheduler, String name, long seconds, Runnable work) {
        return new Periodic(scheduler, name, seconds, work);
    }

    private void runOnce() {
        running.lock();
        try {
            if (!stopping) {
                work.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed; it runs again in " + seconds + " s", e);
        } finally {
            running.unlock();
        }
    }

    /** No run starts after this; returns once a run under way has finished. */
    public void stop() {
        stopping = true;
        task.cancel(false);
        running.lock();
        running.unlock();
    }
}
