package org.frontline.core.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.frontline.core.domain.Fixtures;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.shared.DomainException;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;
import org.junit.jupiter.api.Test;

class CaseTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static final Agent AGENT = Fixtures.agent(T0);

    private static Case newCase() {
        return Fixtures.incident(T0);
    }

    @Test
    void startsNewAtL1WithARaiseEntry() {
        Case c = newCase();

        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
        assertThat(c.supportTier()).isEqualTo(SupportTier.L1);
        CaseTransition raised = c.raised();
        assertThat(raised.action()).isEqualTo(CaseAction.RAISE);
        assertThat(raised.fromStatus()).isNull();
        assertThat(raised.toStatus()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void aCustomerReplyStartsTheNextResponseClockOnlyAfterTheFirstResponse() {
        Case c = newCase();

        c.customerReplied("more details", T0.plusSeconds(30));
        assertThat(c.awaitingReplySince())
                .as("the first-response clock covers it")
                .isEmpty();

        c.respond("looking", T0.plusSeconds(60));
        c.customerReplied("any news?", T0.plusSeconds(120));
        c.customerReplied("hello?", T0.plusSeconds(180));
        assertThat(c.awaitingReplySince()).as("the earliest unanswered reply").contains(T0.plusSeconds(120));

        CaseTransition answered = c.respond("here it is", T0.plusSeconds(240));
        assertThat(c.awaitingReplySince()).isEmpty();
        assertThat(answered.action()).isEqualTo(CaseAction.RESPOND);
    }

    @Test
    void aCustomerReplyWakesACaseWaitingForTheCustomerButNotForAThirdParty() {
        Case forCustomer = newCase();
        forCustomer.assignTo(AGENT, T0);
        forCustomer.pend(PendingReason.CUSTOMER, null, T0.plusSeconds(60));
        Case forVendor = newCase();
        forVendor.assignTo(AGENT, T0);
        forVendor.pend(PendingReason.THIRD_PARTY, null, T0.plusSeconds(60));

        CaseTransition woken = forCustomer.customerReplied("here are the logs", T0.plusSeconds(120));
        forVendor.customerReplied("any news?", T0.plusSeconds(120));

        assertThat(woken.action()).isEqualTo(CaseAction.CUSTOMER_REPLY);
        assertThat(forCustomer.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(forCustomer.pendingReason()).isEmpty();
        assertThat(forVendor.status()).isEqualTo(CaseStatus.PENDING);
    }

    @Test
    void aResolvedCaseMustBeReopenedBeforeItTakesReplies() {
        Case c = newCase();
        c.assignTo(AGENT, T0);
        c.respond(null, T0.plusSeconds(10));
        c.customerReplied("still broken", T0.plusSeconds(20));
        c.resolve(ResolutionCode.FIXED, null, T0.plusSeconds(30));

        assertThat(c.awaitingReplySince()).as("the resolution answered it").isEmpty();
        assertThatThrownBy(() -> c.customerReplied("thanks", T0.plusSeconds(40)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("reopen it first");
    }

    @Test
    void walksTheWholeLifecycleKeepingEveryStep() {
        Case c = newCase();

        CaseTransition assigned = c.assignTo(AGENT, T0.plusSeconds(60));
        CaseTransition pended = c.pend(PendingReason.CUSTOMER, "asked for logs", T0.plusSeconds(120));
        c.resume(null, T0.plusSeconds(600));
        CaseTransition resolved = c.resolve(ResolutionCode.FIXED, "reset the password", T0.plusSeconds(900));
        c.reopen("still cannot log in", T0.plusSeconds(1000));
        c.resolve(ResolutionCode.WORKAROUND, null, T0.plusSeconds(1200));
        CaseTransition closed = c.close(T0.plusSeconds(2000));

        assertThat(assigned.fromStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(assigned.toStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(pended.reason()).isEqualTo("CUSTOMER: asked for logs");
        assertThat(resolved.reason()).isEqualTo("FIXED: reset the password");
        assertThat(closed.toStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.reopenCount()).isEqualTo(1);
        assertThat(c.resolutionCode()).contains(ResolutionCode.WORKAROUND);
        assertThat(c.owner()).contains(AGENT);
        assertThat(c.closedAt()).contains(T0.plusSeconds(2000));
    }

    @Test
    void refusesToCloseACaseThatIsNotResolved() {
        Case c = newCase();

        assertThatThrownBy(() -> c.close(T0))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessage("case 11 is NEW: cannot close it; only a RESOLVED case can be closed");
    }

    @Test
    void refusesToResolveWithoutAResolutionCode() {
        Case c = newCase();

        assertThatThrownBy(() -> c.resolve(null, "done", T0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("resolutionCode"));
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void aClosedCaseIsFinal() {
        Case c = newCase();
        c.resolve(ResolutionCode.ANSWERED, null, T0);
        c.close(T0);

        assertThatThrownBy(() -> c.reopen("again", T0)).hasMessageContaining("raise a new case instead");
        assertThatThrownBy(() -> c.revise(new CaseDetails("x", null, CaseType.QUESTION, Priority.P4)))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> c.escalate("help", T0)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void onlyAWorkedCaseCanWait() {
        assertThatThrownBy(() -> newCase().pend(PendingReason.THIRD_PARTY, null, T0))
                .hasMessageContaining("only an OPEN or REOPENED case can wait");
    }

    @Test
    void escalatesTierByTierAndBackKeepingTheStatus() {
        Case c = newCase();
        c.assignTo(AGENT, T0);

        CaseTransition toL2 = c.escalate("needs network access", T0);
        c.escalate("vendor bug", T0);

        assertThat(toL2.fromTier()).isEqualTo(SupportTier.L1);
        assertThat(toL2.toTier()).isEqualTo(SupportTier.L2);
        assertThat(c.supportTier()).isEqualTo(SupportTier.L3);
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.owner()).as("the next tier picks its own owner").isEmpty();
        assertThatThrownBy(() -> c.escalate("more", T0)).hasMessageContaining("already at L3");
        c.deescalate("fixed upstream, L2 confirms", T0);
        assertThat(c.supportTier()).isEqualTo(SupportTier.L2);
    }

    @Test
    void escalationNeedsAReason() {
        assertThatThrownBy(() -> newCase().escalate(" ", T0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void itilMatrixSetsPriorityFromImpactAndUrgency() {
        assertThat(Priority.fromImpactAndUrgency(Priority.Level.HIGH, Priority.Level.HIGH))
                .isEqualTo(Priority.P1);
        assertThat(Priority.fromImpactAndUrgency(Priority.Level.HIGH, Priority.Level.MEDIUM))
                .isEqualTo(Priority.P2);
        assertThat(Priority.fromImpactAndUrgency(Priority.Level.LOW, Priority.Level.HIGH))
                .isEqualTo(Priority.P3);
        assertThat(Priority.fromImpactAndUrgency(Priority.Level.MEDIUM, Priority.Level.MEDIUM))
                .isEqualTo(Priority.P3);
        assertThat(Priority.fromImpactAndUrgency(Priority.Level.MEDIUM, Priority.Level.LOW))
                .isEqualTo(Priority.P4);
        assertThat(Priority.fromImpactAndUrgency(Priority.Level.LOW, Priority.Level.LOW))
                .isEqualTo(Priority.P4);
    }

    /** Random action sequences: whatever is accepted or refused, the case never reaches an inconsistent state. */
    @Test
    void randomActionSequencesKeepEveryInvariant() {
        List<Consumer<Case>> actions = List.of(
                c -> c.assignTo(AGENT, T0),
                c -> c.pend(PendingReason.CUSTOMER, null, T0),
                c -> c.resume(null, T0),
                c -> c.resolve(ResolutionCode.FIXED, null, T0),
                c -> c.close(T0),
                c -> c.reopen("not fixed", T0),
                c -> c.escalate("needs L2", T0),
                c -> c.deescalate("back", T0));
        Random random = new Random(20261123L);
        for (int run = 0; run < 500; run++) {
            Case c = newCase();
            for (int step = 0; step < 20; step++) {
                CaseStatus before = c.status();
                try {
                    actions.get(random.nextInt(actions.size())).accept(c);
                } catch (DomainException refused) {
                    assertThat(c.status())
                            .as("a refused action changes nothing")
                            .isEqualTo(before);
                }
                assertThat(c.pendingReason().isPresent()).isEqualTo(c.status() == CaseStatus.PENDING);
                assertThat(c.resolutionCode().isPresent())
                        .isEqualTo(c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED);
                if (before == CaseStatus.CLOSED) {
                    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
                }
            }
        }
    }
}
