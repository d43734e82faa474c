package org.frontline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresForOneUsernameMakeItWaitOutTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.failed("Ann", "10.0.0." + i);
        }
        assertThat(throttle.waitBeforeTrying("ann", "10.0.0.99")).isZero();

        throttle.failed("ann ", "10.0.0.50");
        clock.now = START.plus(Duration.ofMinutes(5));

        assertThat(throttle.waitBeforeTrying("ann", "10.0.0.99")).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.waitBeforeTrying("bob", "10.0.0.99")).isZero();
        clock.now = START.plus(LoginThrottle.WINDOW);
        assertThat(throttle.waitBeforeTrying("ann", "10.0.0.99")).isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsStoppedToo() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }

        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.7")).isPositive();
        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.8")).isZero();
    }

    @Test
    void aSuccessfulLoginForgivesTheUsernamesFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.failed("ann", "10.0.0.1");
        }
        throttle.succeeded("ann");
        throttle.failed("ann", "10.0.0.1");

        assertThat(throttle.waitBeforeTrying("ann", "10.0.0.2")).isZero();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
