package org.frontline.core.domain.cases;

/** Everything that can happen to a case; each transition log entry names one. */
public enum CaseAction {
    RAISE,
    ASSIGN,
    RESPOND,
    CUSTOMER_REPLY,
    PEND,
    RESUME,
    RESOLVE,
    CLOSE,
    REOPEN,
    ESCALATE,
    DEESCALATE
}
