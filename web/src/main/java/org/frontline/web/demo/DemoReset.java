package org.frontline.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontline.web.platform.JobState;

/**
 * One reset of the demo centre: the embedded database wiped, the demo loaded afresh, routing rebuilt; which step it is
 * on, and how it ended. A failure is recorded, not thrown.
 */
final class DemoReset implements Runnable {
    private static final Logger LOG = Logger.getLogger(DemoReset.class.getName());
    /** The wipe, the demo's own steps, and the routing rebuild. */
    static final int STEPS = DemoData.STEPS + 2;

    /** The work a reset does, in order. */
    interface Work {
        /** Empties the database; returns how many tables. */
        int wipe() throws Exception;

        /** Loads the demo, telling {@code progress} as each step begins; returns what it loaded. */
        String load(Consumer<String> progress) throws Exception;

        /** Rebuilds routing from the database; returns how many contacts it holds. */
        int rebuildRouting();
    }

    final long id;
    private final Instant submittedAt;
    private final Work work;
    private final Clock clock;
    private volatile JobState state = JobState.QUEUED;
    private volatile int stepsBegun;
    private volatile String step;
    private volatile Instant finishedAt;
    private volatile String outcome;

    DemoReset(long id, Work work, Clock clock) {
        this.id = id;
        this.work = work;
        this.clock = clock;
        this.submittedAt = clock.instant();
    }

    @Override
    public void run() {
        state = JobState.RUNNING;
        try {
            begin("emptying the database and the search index");
            int tables = work.wipe();
            String loaded = work.load(this::begin);
            begin("rebuilding routing from the database");
            int routed = work.rebuildRouting();
            outcome = tables + " tables emptied, then loaded " + loaded + "; " + routed + " contacts in routing";
            state = JobState.DONE;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "demo reset " + id + " failed while " + step, e);
            outcome = "failed while " + step + "; the server log has the cause (demo reset " + id + ")";
            state = JobState.FAILED;
        } finally {
            finishedAt = clock.instant();
        }
    }

    /** Called by the one thread running the reset. */
    private void begin(String what) {
        stepsBegun++;
        step = what;
    }

    boolean isFinished() {
        return state == JobState.DONE || state == JobState.FAILED;
    }

    DemoResetResponse response() {
        int done = state == JobState.DONE ? STEPS : Math.max(0, stepsBegun - 1);
        return new DemoResetResponse(id, state.name(), done, STEPS, step, submittedAt, finishedAt, outcome);
    }
}
