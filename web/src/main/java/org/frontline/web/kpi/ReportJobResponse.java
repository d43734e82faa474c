package org.frontline.web.kpi;

import java.time.Instant;

/**
 * A report job: QUEUED, RUNNING, DONE or FAILED (with why); {@code done} of {@code steps} steps as a percentage for a
 * progress bar; the report (as its synchronous endpoint gives it) once DONE.
 */
public record ReportJobResponse(
        long id,
        String report,
        String state,
        int done,
        int steps,
        int percent,
        Instant submittedAt,
        Instant finishedAt,
        String error,
        Object result) {}
