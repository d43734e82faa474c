package org.frontline.core.domain.sla;

/** What happened to a running SLA target. */
public enum SlaEventKind {
    /** It used up the policy's warning share of its time. */
    WARNING,
    /** It ran out of time. */
    BREACH
}
