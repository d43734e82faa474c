package org.frontline.core.domain.cases;

/** Whom a PENDING case waits for. */
public enum PendingReason {
    CUSTOMER,
    THIRD_PARTY
}
