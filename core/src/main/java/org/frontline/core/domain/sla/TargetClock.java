package org.frontline.core.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseStatus;
import org.frontline.core.domain.sla.SlaPolicy.SlaTargets;

/** One SLA target of one case: when its clock started, how much working time it allows, and when it was done. */
record TargetClock(SlaTarget target, Instant startedAt, Duration allowed, Optional<Instant> doneAt) {

    /** The case's clocks under these targets; a next-response clock only while a customer's reply waits. */
    static List<TargetClock> of(Case supportCase, SlaTargets targets) {
        List<TargetClock> clocks = new ArrayList<>(3);
        clocks.add(new TargetClock(
                SlaTarget.FIRST_RESPONSE,
                supportCase.createdAt(),
                targets.firstResponse(),
                supportCase.firstRespondedAt()));
        supportCase
                .awaitingReplySince()
                .ifPresent(since -> clocks.add(
                        new TargetClock(SlaTarget.NEXT_RESPONSE, since, targets.nextResponse(), Optional.empty())));
        boolean resolved = supportCase.status() == CaseStatus.RESOLVED || supportCase.status() == CaseStatus.CLOSED;
        clocks.add(new TargetClock(
                SlaTarget.RESOLUTION,
                supportCase.createdAt(),
                targets.resolution(),
                resolved ? supportCase.resolvedAt() : Optional.empty()));
        return clocks;
    }

    boolean running() {
        return doneAt.isEmpty();
    }

    SlaMeasure measure(SlaEvaluator evaluator, List<TimeWindow> pauses, Instant now) {
        return evaluator.measure(startedAt, allowed, pauses, doneAt, now);
    }
}
