package org.frontline.core.domain.itil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.frontline.core.domain.Fixtures;
import org.frontline.core.domain.Persisted;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseDetails;
import org.frontline.core.domain.cases.CaseType;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.cases.ResolutionCode;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static Problem problem() {
        return Persisted.withId(new Problem("Login service times out", "many users", Priority.P1, T0), 5);
    }

    @Test
    void becomesAKnownErrorOnlyWithRootCauseAndWorkaround() {
        Problem p = problem();

        assertThatThrownBy(() -> p.recordKnownError("expired certificate", " "))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("workaround"));
        p.recordKnownError("expired certificate", "log in through the mobile app");

        assertThat(p.status()).isEqualTo(ProblemStatus.KNOWN_ERROR);
        assertThat(p.workaround()).contains("log in through the mobile app");
        assertThat(p.acceptsIncidents()).isTrue();
    }

    @Test
    void resolvingNeedsARootCauseAndEndsLinking() {
        Problem p = problem();

        assertThatThrownBy(() -> p.resolve(null, T0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("rootCause"));
        p.resolve("expired certificate", T0.plusSeconds(3600));

        assertThat(p.status()).isEqualTo(ProblemStatus.RESOLVED);
        assertThat(p.resolvedAt()).contains(T0.plusSeconds(3600));
        assertThat(p.acceptsIncidents()).isFalse();
        assertThatThrownBy(() -> p.recordKnownError("x", "y")).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void onlyAResolvedProblemCloses() {
        Problem p = problem();

        assertThatThrownBy(p::close).hasMessageContaining("only a RESOLVED problem can be closed");
        p.resolve("expired certificate", T0);
        p.close();
        assertThatThrownBy(() -> p.revise("x", null, Priority.P4)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void onlyIncidentsThatAreNotClosedLinkToAProblem() {
        Case incident = Fixtures.incident(T0);
        Case question = Persisted.withId(
                new Case(
                        Fixtures.customer(ValueTier.GOLD, T0),
                        new CaseDetails("How do I export?", null, CaseType.QUESTION, Priority.P4),
                        T0),
                12);

        incident.linkToProblem(5);
        assertThat(incident.problemId()).contains(5L);
        assertThatThrownBy(() -> question.linkToProblem(5))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("caseId"))
                .hasMessageContaining("is a QUESTION");
        incident.resolve(ResolutionCode.FIXED, null, T0);
        incident.close(T0);
        assertThatThrownBy(() -> incident.linkToProblem(6)).isInstanceOf(InvalidTransitionException.class);
    }
}
