package org.frontline.core.domain.itil;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseFilter;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.cases.ResolutionCode;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;

/** Problem management: raise problems, link their incidents, record known errors, and resolve them together. */
public class ProblemService {
    private static final String KIND = "problem";
    /** Incidents resolved with their problem in one call, at most; a problem with more is resolved in steps. */
    public static final int MAX_INCIDENTS_RESOLVED = 1000;

    private final ProblemRepository problems;
    private final CaseService cases;
    private final Clock clock;

    public ProblemService(ProblemRepository problems, CaseService cases, Clock clock) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Problem raise(String title, String description, Priority priority) {
        return problems.add(new Problem(title, description, priority, now()));
    }

    public Problem get(long id) {
        return problems.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<Problem> list(Optional<ProblemStatus> status, PageRequest request) {
        return problems.list(status, request);
    }

    public Problem revise(long id, long expectedVersion, String title, String description, Priority priority) {
        Problem problem = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, problem.version());
        problem.revise(title, description, priority);
        problems.flush();
        return problem;
    }

    /** Links an incident to the problem that causes it. */
    public Case linkIncident(long problemId, long caseId) {
        Problem problem = get(problemId);
        if (!problem.acceptsIncidents()) {
            throw new InvalidTransitionException(
                    KIND, problemId, problem.status(), "link incidents to", "it is already fixed");
        }
        return cases.linkToProblem(caseId, problemId);
    }

    public Case unlinkIncident(long problemId, long caseId) {
        get(problemId);
        Case incident = cases.get(caseId);
        if (!incident.problemId().equals(Optional.of(problemId))) {
            throw new NotFoundException("incident", caseId + " of problem " + problemId);
        }
        return cases.unlinkProblem(caseId);
    }

    public Page<Case> incidents(long problemId, PageRequest request) {
        get(problemId);
        return cases.list(CaseFilter.ofProblem(problemId), request);
    }

    public Problem recordKnownError(long id, String rootCause, String workaround) {
        Problem problem = get(id);
        problem.recordKnownError(rootCause, workaround);
        problems.flush();
        return problem;
    }

    /**
     * Records the fix; with {@code resolveIncidents}, every linked incident that still needs work is resolved as
     * FIXED, naming the problem.
     */
    public Problem resolve(long id, String rootCause, boolean resolveIncidents) {
        Problem problem = get(id);
        problem.resolve(rootCause, now());
        if (resolveIncidents) {
            String note =
                    "fixed with problem " + id + ": " + problem.rootCause().orElse("");
            int pages = MAX_INCIDENTS_RESOLVED / PageRequest.MAX_SIZE;
            for (int page = 0; page < pages; page++) {
                Page<Case> linked = cases.list(CaseFilter.ofProblem(id), new PageRequest(page, PageRequest.MAX_SIZE));
                linked.items().stream()
                        .filter(c -> c.status().isActive())
                        .forEach(c -> cases.resolve(c.id(), Optional.empty(), ResolutionCode.FIXED, note));
                if (page + 1 >= linked.totalPages()) {
                    break;
                }
            }
        }
        problems.flush();
        return problem;
    }

    public Problem close(long id) {
        Problem problem = get(id);
        problem.close();
        problems.flush();
        return problem;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
