package org.frontline.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseRepository;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.itil.Problem;
import org.frontline.core.domain.itil.ProblemRepository;

/**
 * Writes planned demo problems and cases through the entities' own lifecycle methods at the planned times, so demo
 * history obeys the same rules as real history.
 */
public final class DemoCaseWriter {
    private final CaseRepository cases;
    private final ProblemRepository problems;
    private final LongFunction<Customer> customers;
    private final LongFunction<Agent> agents;

    public DemoCaseWriter(
            CaseRepository cases,
            ProblemRepository problems,
            LongFunction<Customer> customers,
            LongFunction<Agent> agents) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /** Raises the problems, then the cases (linking incidents), then settles the problems; returns the case contacts. */
    public List<ContactRow> write(List<ProblemPlan> problemPlans, List<CasePlan> casePlans) {
        List<Problem> raised = new ArrayList<>();
        for (ProblemPlan plan : problemPlans) {
            raised.add(problems.add(new Problem(plan.title(), plan.description(), plan.priority(), plan.raisedAt())));
        }
        List<ContactRow> contacts = new ArrayList<>();
        for (CasePlan plan : casePlans) {
            Case supportCase = cases.add(new Case(customers.apply(plan.customerId()), plan.details(), plan.raisedAt()));
            cases.addTransition(supportCase.raised());
            if (plan.problem() >= 0) {
                supportCase.linkToProblem(raised.get(plan.problem()).id());
            }
            for (CaseStep step : plan.steps()) {
                cases.addTransition(step.applyTo(supportCase, agents));
            }
            plan.contacts().forEach(row -> contacts.add(row.withCase(supportCase.id())));
        }
        for (int i = 0; i < problemPlans.size(); i++) {
            ProblemPlan plan = problemPlans.get(i);
            if (plan.workaround() != null) {
                raised.get(i).recordKnownError(plan.rootCause(), plan.workaround());
            }
            if (plan.resolvedAt() != null) {
                raised.get(i).resolve(plan.rootCause(), plan.resolvedAt());
            }
        }
        cases.flush();
        return contacts;
    }
}
