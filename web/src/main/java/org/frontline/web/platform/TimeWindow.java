package org.frontline.web.platform;

import java.time.Duration;
import java.time.Instant;

/** A report's period from its {@code from} and {@code to} parameters: to defaults to now, from to a length before. */
public record TimeWindow(Instant from, Instant to) {

    public static TimeWindow of(String from, String to, Duration fallback) {
        Instant end = RequestParameters.instant("to", to).orElseGet(Instant::now);
        return new TimeWindow(RequestParameters.instant("from", from).orElseGet(() -> end.minus(fallback)), end);
    }
}
