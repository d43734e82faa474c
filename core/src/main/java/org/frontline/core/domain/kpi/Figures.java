package org.frontline.core.domain.kpi;

/** The tallies of one group in one interval, with the settings' treatment of short abandons applied. */
record Figures(ContactTally contacts, AgentTimeTally agentTime, CaseTally cases, ShortAbandons shortAbandons) {

    /** Offered contacts as the service level and abandonment rate count them. */
    long offered() {
        return shortAbandons == ShortAbandons.EXCLUDE
                ? contacts.offered() - contacts.abandonedShort()
                : contacts.offered();
    }

    long metTarget() {
        return shortAbandons == ShortAbandons.COUNT_AS_MET
                ? contacts.answeredInThreshold() + contacts.abandonedShort()
                : contacts.answeredInThreshold();
    }

    long abandoned() {
        return shortAbandons == ShortAbandons.COUNT_AS_MISSED
                ? contacts.abandoned()
                : contacts.abandoned() - contacts.abandonedShort();
    }
}
