package org.frontline.web.kpi;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.Progress;
import org.frontline.web.platform.JobState;

/** A report run in the background: which report, how many of its steps are done, and its result once finished. */
final class ReportJob implements Runnable {
    private static final Logger LOG = Logger.getLogger(ReportJob.class.getName());

    final long id;
    private final String report;
    private final Function<Progress, Object> work;
    private final Clock clock;
    private final Instant submittedAt;
    private volatile JobState state = JobState.QUEUED;
    private volatile int done;
    private volatile int total = 1;
    private volatile Instant finishedAt;
    private volatile Object result;
    private volatile String error;

    /** @param work makes the report's response, telling the progress it is given how far it has got */
    ReportJob(long id, String report, Function<Progress, Object> work, Clock clock) {
        this.id = id;
        this.report = report;
        this.work = work;
        this.clock = clock;
        this.submittedAt = clock.instant();
    }

    /** Makes the report; a failure is recorded (in words a person can act on), not thrown. */
    @Override
    public void run() {
        state = JobState.RUNNING;
        try {
            result = work.apply((stepsDone, steps) -> {
                total = steps;
                done = stepsDone;
            });
            state = JobState.DONE;
        } catch (InvalidValueException e) {
            error = e.getMessage();
            state = JobState.FAILED;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report job " + id + " (" + report + ") failed", e);
            error = "the report could not be made; the server log has the cause (report job " + id + ")";
            state = JobState.FAILED;
        } finally {
            finishedAt = clock.instant();
        }
    }

    ReportJobResponse response() {
        int steps = total;
        int stepsDone = done;
        return new ReportJobResponse(
                id,
                report,
                state.name(),
                stepsDone,
                steps,
                state == JobState.DONE ? 100 : 100 * stepsDone / Math.max(1, steps),
                submittedAt,
                finishedAt,
                error,
                result);
    }
}
