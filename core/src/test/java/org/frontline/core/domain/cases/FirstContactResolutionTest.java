package org.frontline.core.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.Fixtures;
import org.junit.jupiter.api.Test;

class FirstContactResolutionTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private final FirstContactResolution fcr = new FirstContactResolution(WEEK);

    @Test
    void oneContactAndNoReopenOnceTheWindowHasPassedIsAFirstContactResolution() {
        Case c = Fixtures.incident(T0);
        c.resolve(ResolutionCode.ANSWERED, null, T0.plusSeconds(600));

        assertThat(fcr.of(c, 1, false, T0.plus(Duration.ofDays(8)))).contains(true);
        assertThat(fcr.of(c, 1, false, T0.plus(Duration.ofDays(3))))
                .as("window still open")
                .isEmpty();
    }

    @Test
    void aSecondContactOrAnEarlyReopenIsNot() {
        Case c = Fixtures.incident(T0);
        c.resolve(ResolutionCode.ANSWERED, null, T0);

        assertThat(fcr.of(c, 2, false, T0.plus(Duration.ofDays(30)))).contains(false);
        assertThat(fcr.of(c, 1, true, T0.plus(Duration.ofDays(30)))).contains(false);
        assertThat(fcr.of(Fixtures.incident(T0), 1, false, T0)).as("still open").isEmpty();
    }

    @Test
    void onlyAReopenWithinTheWindowCounts() {
        Case early = Fixtures.incident(T0);
        List<CaseTransition> earlyHistory = List.of(
                early.resolve(ResolutionCode.FIXED, null, T0), early.reopen("not fixed", T0.plus(Duration.ofDays(2))));
        Case late = Fixtures.incident(T0);
        List<CaseTransition> lateHistory = List.of(
                late.resolve(ResolutionCode.FIXED, null, T0), late.reopen("new trouble", T0.plus(Duration.ofDays(10))));

        assertThat(fcr.reopenedWithinWindow(earlyHistory)).isTrue();
        assertThat(fcr.reopenedWithinWindow(lateHistory)).isFalse();
    }

    @Test
    void aResolutionHoldsOnceItsWindowPassesWithoutAReopen() {
        Case c = Fixtures.incident(T0);
        c.resolve(ResolutionCode.FIXED, null, T0);

        assertThat(fcr.resolutionHeld(c, false, T0.plus(Duration.ofDays(8)))).contains(true);
        assertThat(fcr.resolutionHeld(c, false, T0.plus(Duration.ofDays(2))))
                .as("window still open")
                .isEmpty();
        assertThat(fcr.resolutionHeld(c, true, T0.plus(Duration.ofDays(2)))).contains(false);
        assertThat(fcr.resolutionHeld(Fixtures.incident(T0), false, T0.plus(Duration.ofDays(30))))
                .as("never resolved")
                .isEmpty();
    }
}
