package org.frontline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES_PER_USER} failed logins for one username, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused until the
 * window has passed. Counts are kept per server, in memory.
 */
@ApplicationScoped
public class LoginThrottle {
    static final int MAX_FAILURES_PER_USER = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Failed attempts in the window that started with the first of them. */
    private record Failures(Instant since, int count) {}

    /** How long {@code username} from {@code address} must wait before trying again; zero when they may try now. */
    public Duration waitBeforeTrying(String username, String address) {
        Duration user = wait(userKey(username), MAX_FAILURES_PER_USER);
        Duration from = wait(addressKey(address), MAX_FAILURES_PER_ADDRESS);
        return user.compareTo(from) >= 0 ? user : from;
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            forgetExpired();
        }
        count(userKey(username));
        count(addressKey(address));
    }

    /** A successful login clears the username's failures (not the address's: one address may try many names). */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration wait(String key, int limit) {
        Failures seen = failures.get(key);
        Instant now = clock.instant();
        if (seen == null || seen.count() < limit || !now.isBefore(seen.since().plus(WINDOW))) {
            return Duration.ZERO;
        }
        return Duration.between(now, seen.since().plus(WINDOW));
    }

    private void count(String key) {
        Instant now = clock.instant();
        failures.merge(
                key,
                new Failures(now, 1),
                (old, one) ->
                        now.isBefore(old.since().plus(WINDOW)) ? new Failures(old.since(), old.count() + 1) : one);
    }

    private void forgetExpired() {
        Instant cutoff = clock.instant().minus(WINDOW);
        failures.values().removeIf(seen -> seen.since().isBefore(cutoff));
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
