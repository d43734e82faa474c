package org.frontline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.frontline.core.demo.ContactStream.Staff;
import org.frontline.core.domain.Fixtures;
import org.frontline.core.domain.Persisted;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseAction;
import org.frontline.core.domain.cases.CaseStatus;
import org.frontline.core.domain.cases.CaseType;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.junit.jupiter.api.Test;

class DemoCasesTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 25);
    private static final int DAYS = 90;
    private static final Instant NOW = FIRST_DAY.plusDays(DAYS).atTime(12, 0).toInstant(ZoneOffset.UTC);
    private static final List<ProblemPlan> PROBLEMS = DemoCases.problems(FIRST_DAY, DAYS);
    private static final Agent AGENT = Fixtures.agent(NOW);

    private static List<CasePlan> plans() {
        List<List<Staff>> staff = List.of(
                List.of(
                        new Staff(1, 10, SupportTier.L1, List.of(Channel.values())),
                        new Staff(2, 10, SupportTier.L2, List.of(Channel.values()))),
                List.of(
                        new Staff(3, 20, SupportTier.L1, List.of(Channel.PHONE)),
                        new Staff(4, 20, SupportTier.L2, List.of(Channel.PHONE))),
                List.of(new Staff(5, 30, SupportTier.L1, List.of(Channel.EMAIL))));
        return new DemoCases(
                        new SplittableRandom(7),
                        new long[] {100, 101, 102},
                        new double[] {8, 1, 1},
                        staff,
                        new long[] {10, 20, 30},
                        NOW)
                .plan(FIRST_DAY, DAYS, 10, PROBLEMS);
    }

    /** Carries a plan out on a case the way the demo writer does, minus the database. */
    private static Case carryOut(CasePlan plan, long id) {
        Case supportCase = Persisted.withId(
                new Case(Fixtures.customer(ValueTier.GOLD, plan.raisedAt()), plan.details(), plan.raisedAt()), id);
        plan.steps().forEach(step -> step.applyTo(supportCase, agentId -> AGENT));
        return supportCase;
    }

    @Test
    void everyPlannedPathIsOneTheCaseLifecycleAccepts() {
        List<CasePlan> plans = plans();

        List<Case> cases = plans.stream().map(p -> carryOut(p, 1)).toList();

        assertThat(plans).hasSizeBetween(700, 1100);
        assertThat(plans).allSatisfy(plan -> {
            Instant previous = plan.raisedAt();
            for (var step : plan.steps()) {
                assertThat(step.at()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(NOW);
                previous = step.at();
            }
            assertThat(plan.contacts())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.arrivedAt()).isBeforeOrEqualTo(NOW));
        });
        assertThat(cases.stream().filter(c -> c.status() == CaseStatus.CLOSED).count())
                .as("most old cases are closed")
                .isGreaterThan(plans.size() * 8 / 10);
        assertThat(cases).anyMatch(c -> c.status() == CaseStatus.OPEN);
        assertThat(cases).anyMatch(c -> c.status() == CaseStatus.PENDING);
        assertThat(cases).anyMatch(c -> c.status() == CaseStatus.RESOLVED);
        assertThat(cases).anyMatch(c -> c.reopenCount() > 0);
        assertThat(cases).anyMatch(c -> c.supportTier() == SupportTier.L2);
    }

    @Test
    void someCasesTakeOneContactAndOthersMore() {
        List<CasePlan> plans = plans();

        long single = plans.stream().filter(p -> p.contacts().size() == 1).count();

        assertThat(single).isBetween(plans.size() * 5L / 10, plans.size() * 9L / 10);
        assertThat(plans).anyMatch(p -> p.steps().stream().anyMatch(s -> s.action() == CaseAction.CUSTOMER_REPLY));
    }

    @Test
    void onlyIncidentsAboutAProblemsTopicInItsWindowLinkToIt() {
        List<CasePlan> linked = plans().stream().filter(p -> p.problem() >= 0).toList();

        assertThat(linked).hasSizeGreaterThan(10);
        assertThat(linked).allSatisfy(plan -> {
            ProblemPlan problem = PROBLEMS.get(plan.problem());
            assertThat(plan.details().type()).isEqualTo(CaseType.INCIDENT);
            assertThat(plan.contacts().getFirst().reasonCode()).isEqualTo(problem.reasonCode());
            assertThat(plan.raisedAt()).isBetween(problem.firstIncidentAt(), problem.lastIncidentAt());
        });
        assertThat(linked.stream().map(CasePlan::problem).distinct()).hasSize(PROBLEMS.size());
    }
}
