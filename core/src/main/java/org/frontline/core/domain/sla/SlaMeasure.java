package org.frontline.core.domain.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One target of a case's SLA, measured now.
 *
 * @param dueAt when the target breaches if the clock keeps running; null while paused or once done
 * @param elapsed working time used so far (or until done)
 * @param remaining working time left, negative once breached
 * @param doneAt when the target was met or missed; null while it still runs
 */
public record SlaMeasure(
        Duration target, SlaState state, Instant dueAt, Duration elapsed, Duration remaining, Instant doneAt) {}
