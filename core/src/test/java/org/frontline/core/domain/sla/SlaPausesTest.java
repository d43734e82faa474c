package org.frontline.core.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.Fixtures;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseTransition;
import org.frontline.core.domain.cases.PendingReason;
import org.frontline.core.domain.cases.ResolutionCode;
import org.junit.jupiter.api.Test;

class SlaPausesTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void pausesWhilePendingAndWhileResolvedUntilReopened() {
        Case c = Fixtures.incident(T0);
        List<CaseTransition> history = List.of(
                c.raised(),
                c.assignTo(Fixtures.agent(T0), at(5)),
                c.pend(PendingReason.CUSTOMER, null, at(10)),
                c.resume(null, at(40)),
                c.resolve(ResolutionCode.FIXED, null, at(60)),
                c.reopen("still broken", at(100)),
                c.pend(PendingReason.THIRD_PARTY, null, at(120)));

        assertThat(SlaPauses.from(history))
                .containsExactly(
                        new TimeWindow(at(10), at(40)),
                        new TimeWindow(at(60), at(100)),
                        new TimeWindow(at(120), Instant.MAX));
    }

    @Test
    void aCaseThatNeverWaitedHasNoPause() {
        Case c = Fixtures.incident(T0);

        assertThat(SlaPauses.from(List.of(c.raised(), c.escalate("needs L2", at(3)))))
                .isEmpty();
    }
}
