package org.frontline.core.demo;

import java.time.Instant;
import java.util.function.LongFunction;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseAction;
import org.frontline.core.domain.cases.CaseTransition;
import org.frontline.core.domain.cases.PendingReason;
import org.frontline.core.domain.cases.ResolutionCode;

/**
 * One step of a demo case's life, carried out at its own time through the case's own lifecycle methods.
 *
 * @param agentId who gets the case, for ASSIGN
 * @param pendingReason for PEND
 * @param resolutionCode for RESOLVE
 * @param note the note or reason the step carries
 */
public record CaseStep(
        CaseAction action,
        Instant at,
        Long agentId,
        PendingReason pendingReason,
        ResolutionCode resolutionCode,
        String note) {

    static CaseStep of(CaseAction action, Instant at, String note) {
        return new CaseStep(action, at, null, null, null, note);
    }

    /** Carries the step out on the case; agents are looked up by id. */
    public CaseTransition applyTo(Case supportCase, LongFunction<Agent> agents) {
        return switch (action) {
            case ASSIGN -> supportCase.assignTo(agents.apply(agentId), at);
            case RESPOND -> supportCase.respond(note, at);
            case CUSTOMER_REPLY -> supportCase.customerReplied(note, at);
            case PEND -> supportCase.pend(pendingReason, note, at);
            case RESUME -> supportCase.resume(note, at);
            case RESOLVE -> supportCase.resolve(resolutionCode, note, at);
            case CLOSE -> supportCase.close(at);
            case REOPEN -> supportCase.reopen(note, at);
            case ESCALATE -> supportCase.escalate(note, at);
            case DEESCALATE -> supportCase.deescalate(note, at);
            case RAISE -> throw new IllegalArgumentException("a case is raised by its plan, not by a step");
        };
    }
}
