package org.frontline.core.demo;

import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.cases.CaseDetails;

/**
 * A demo case to raise: for whom, about what, when, the steps of its life so far, and the contacts it took (their case
 * id is set once the case has one).
 *
 * @param problem the index of the demo problem this incident links to, or -1
 */
public record CasePlan(
        long customerId,
        CaseDetails details,
        Instant raisedAt,
        int problem,
        List<CaseStep> steps,
        List<ContactRow> contacts) {}
