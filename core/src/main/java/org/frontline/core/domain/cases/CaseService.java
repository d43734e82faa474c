package org.frontline.core.domain.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.customer.CustomerService;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;

/**
 * Raises cases and carries out their lifecycle actions, logging each transition. An action may name the version the
 * caller last saw; if the case changed since, the action is refused rather than applied to a state nobody looked at.
 */
public class CaseService {
    private static final String KIND = "case";
    /** The longest history one call returns. */
    public static final int MAX_HISTORY = 500;

    private final CaseRepository cases;
    private final CustomerService customers;
    private final AgentService agents;
    private final Clock clock;

    public CaseService(CaseRepository cases, CustomerService customers, AgentService agents, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Case raise(long customerId, CaseDetails details) {
        Case raised = cases.add(new Case(customers.get(customerId), details, now()));
        cases.flush();
        cases.addTransition(raised.raised());
        return raised;
    }

    public Case get(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<Case> list(CaseFilter filter, PageRequest request) {
        return cases.list(filter, request);
    }

    public Case revise(long id, long expectedVersion, CaseDetails details) {
        Case supportCase = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, supportCase.version());
        supportCase.revise(details);
        cases.flush();
        return supportCase;
    }

    public Case assign(long id, Optional<Long> expectedVersion, long agentId) {
        return act(id, expectedVersion, c -> c.assignTo(agents.get(agentId), now()));
    }

    public Case respond(long id, Optional<Long> expectedVersion, String note) {
        return act(id, expectedVersion, c -> c.respond(note, now()));
    }

    public Case customerReplied(long id, Optional<Long> expectedVersion, String note) {
        return act(id, expectedVersion, c -> c.customerReplied(note, now()));
    }

    public Case pend(long id, Optional<Long> expectedVersion, PendingReason reason, String note) {
        return act(id, expectedVersion, c -> c.pend(reason, note, now()));
    }

    public Case resume(long id, Optional<Long> expectedVersion, String note) {
        return act(id, expectedVersion, c -> c.resume(note, now()));
    }

    public Case resolve(long id, Optional<Long> expectedVersion, ResolutionCode code, String note) {
        return act(id, expectedVersion, c -> c.resolve(code, note, now()));
    }

    public Case close(long id, Optional<Long> expectedVersion) {
        return act(id, expectedVersion, c -> c.close(now()));
    }

    public Case reopen(long id, Optional<Long> expectedVersion, String reason) {
        return act(id, expectedVersion, c -> c.reopen(reason, now()));
    }

    public Case escalate(long id, Optional<Long> expectedVersion, String reason) {
        return act(id, expectedVersion, c -> c.escalate(reason, now()));
    }

    public Case deescalate(long id, Optional<Long> expectedVersion, String reason) {
        return act(id, expectedVersion, c -> c.deescalate(reason, now()));
    }

    public Case linkToProblem(long id, long problemId) {
        Case supportCase = get(id);
        supportCase.linkToProblem(problemId);
        cases.flush();
        return supportCase;
    }

    public Case unlinkProblem(long id) {
        Case supportCase = get(id);
        supportCase.unlinkProblem();
        cases.flush();
        return supportCase;
    }

    public List<CaseTransition> history(long id) {
        get(id);
        return cases.history(id, MAX_HISTORY);
    }

    private Case act(long id, Optional<Long> expectedVersion, Function<Case, CaseTransition> action) {
        Case supportCase = get(id);
        expectedVersion.ifPresent(v -> StaleVersionException.requireCurrent(KIND, id, v, supportCase.version()));
        cases.addTransition(action.apply(supportCase));
        cases.flush();
        return supportCase;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
