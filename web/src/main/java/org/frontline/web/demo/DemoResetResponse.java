package org.frontline.web.demo;

import java.time.Instant;

/**
 * A demo reset as its caller sees it: QUEUED, RUNNING, DONE or FAILED, steps done of the total and the step under
 * way, and once finished what it did or why it failed.
 */
public record DemoResetResponse(
        long id,
        String state,
        int stepsDone,
        int steps,
        String step,
        Instant submittedAt,
        Instant finishedAt,
        String outcome) {}
