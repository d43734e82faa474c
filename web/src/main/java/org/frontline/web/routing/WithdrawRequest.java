package org.frontline.web.routing;

/** A waiting or offered contact leaving routing unanswered; {@code abandoned} when the customer gave up. */
public record WithdrawRequest(Boolean abandoned) {

    boolean gaveUp() {
        return Boolean.TRUE.equals(abandoned);
    }
}
