package org.frontline.core.domain.kpi;

import java.util.Locale;

/**
 * Every KPI a report gives, with its unit and one-line definition (the API documentation and the UI show them) and
 * its formula over the tallies; a KPI whose denominator is zero has no value (null), never a made-up zero.
 */
public enum Kpi {
    OFFERED(
            "contacts",
            Basis.CONTACTS,
            "Inbound contacts that arrived (short abandons left out when they are excluded).") {
        @Override
        Double of(Figures f) {
            return (double) f.offered();
        }
    },
    ANSWERED("contacts", Basis.CONTACTS, "Inbound contacts an agent answered.") {
        @Override
        Double of(Figures f) {
            return (double) f.contacts().answered();
        }
    },
    SERVICE_LEVEL("%", Basis.CONTACTS, "Offered contacts answered within their channel's answer target.") {
        @Override
        Double of(Figures f) {
            return percent(f.metTarget(), f.offered());
        }
    },
    AVERAGE_SPEED_OF_ANSWER("seconds", Basis.CONTACTS, "Mean wait of the answered contacts, from arrival to answer.") {
        @Override
        Double of(Figures f) {
            return ratio(f.contacts().answeredWaitSeconds(), f.contacts().answered());
        }
    },
    ABANDONMENT_RATE("%", Basis.CONTACTS, "Offered contacts whose customer gave up before an agent answered.") {
        @Override
        Double of(Figures f) {
            return percent(f.abandoned(), f.offered());
        }
    },
    AVERAGE_HANDLE_TIME(
            "seconds", Basis.CONTACTS, "Mean talk + hold + wrap-up of the answered contacts that have ended.") {
        @Override
        Double of(Figures f) {
            return ratio(f.contacts().handleSeconds(), f.contacts().handled());
        }
    },
    FIRST_CONTACT_RESOLUTION(
            "%",
            Basis.CONTACTS,
            "Answered contacts after which the customer did not contact again about the same reason within the repeat"
                    + " window (counted once the window has passed).") {
        @Override
        Double of(Figures f) {
            ContactTally c = f.contacts();
            return percent(c.fcrEligible() - c.fcrRepeated(), c.fcrEligible());
        }
    },
    CSAT("%", Basis.CONTACTS, "Survey answers of 4 or 5 on the 1–5 satisfaction scale.") {
        @Override
        Double of(Figures f) {
            return percent(f.contacts().satisfied(), f.contacts().surveyed());
        }
    },
    CSAT_MEAN("score 1–5", Basis.CONTACTS, "Mean satisfaction score of the surveyed contacts.") {
        @Override
        Double of(Figures f) {
            return ratio(f.contacts().csatSum(), f.contacts().surveyed());
        }
    },
    CUSTOMER_EFFORT("score 1–7", Basis.CONTACTS, "Mean customer effort score (1 = very easy, 7 = very hard).") {
        @Override
        Double of(Figures f) {
            return ratio(f.contacts().effortSum(), f.contacts().effortAnswers());
        }
    },
    EMAIL_TURNAROUND("seconds", Basis.CONTACTS, "Mean time from an email's arrival to its first response.") {
        @Override
        Double of(Figures f) {
            return ratio(f.contacts().emailResponseSeconds(), f.contacts().emailsAnswered());
        }
    },
    TRANSFER_RATE("%", Basis.CONTACTS, "Answered contacts handed on to another agent.") {
        @Override
        Double of(Figures f) {
            return percent(f.contacts().transferred(), f.contacts().answered());
        }
    },
    ESCALATION_RATE("%", Basis.CONTACTS, "Answered contacts escalated to a higher support tier.") {
        @Override
        Double of(Figures f) {
            return percent(f.contacts().escalated(), f.contacts().answered());
        }
    },
    OCCUPANCY(
            "%", Basis.AGENT_TIME, "Of agents' available, busy and wrap-up time, the share spent busy or in wrap-up.") {
        @Override
        Double of(Figures f) {
            AgentTimeTally t = f.agentTime();
            return percent(t.handlingSeconds(), t.availableSeconds() + t.handlingSeconds());
        }
    },
    UTILISATION(
            "%", Basis.AGENT_TIME, "Of agents' logged-in time (breaks included), the share spent busy or in wrap-up.") {
        @Override
        Double of(Figures f) {
            return percent(f.agentTime().handlingSeconds(), f.agentTime().loggedInSeconds());
        }
    },
    STAFFED_HOURS("hours", Basis.AGENT_TIME, "Hours agents were logged in (available, busy, wrap-up or away).") {
        @Override
        Double of(Figures f) {
            return f.agentTime().loggedInSeconds() / 3600.0;
        }
    },
    SCHEDULED_HOURS(
            "hours",
            Basis.AGENT_TIME,
            "Hours agents were scheduled to work (their shifts), beside the staffed hours.") {
        @Override
        Double of(Figures f) {
            return f.agentTime().scheduledSeconds() / 3600.0;
        }
    },
    SCHEDULE_ADHERENCE(
            "%", Basis.AGENT_TIME, "Of agents' scheduled time, the share they spent available, busy or in wrap-up.") {
        @Override
        Double of(Figures f) {
            return percent(f.agentTime().adheringSeconds(), f.agentTime().scheduledSeconds());
        }
    },
    STAFF_COST(
            "money",
            Basis.AGENT_TIME,
            "Agents' logged-in hours at their team's loaded hourly cost (FRONTLINE_KPI_CURRENCY).") {
        @Override
        Double of(Figures f) {
            return f.agentTime().staffCost();
        }
    },
    COST_PER_CONTACT("money", Basis.AGENT_TIME, "Staff cost divided by the contacts handled (answered and ended).") {
        @Override
        Double of(Figures f) {
            long handled = f.contacts().handled();
            return handled == 0 ? null : f.agentTime().staffCost() / handled;
        }
    },
    REOPEN_RATE(
            "%",
            Basis.CASES, "Of the cases raised in the period and resolved since, the share reopened at least once.") {
        @Override
        Double of(Figures f) {
            return percent(f.cases().reopened(), f.cases().resolved());
        }
    },
    FIRST_RESPONSE_SLA(
            "%", Basis.CASES, "Cases raised in the period that have not breached their first-response target.") {
        @Override
        Double of(Figures f) {
            return percent(
                    f.cases().raised() - f.cases().firstResponseBreached(),
                    f.cases().raised());
        }
    },
    RESOLUTION_SLA("%", Basis.CASES, "Cases raised in the period that have not breached their resolution target.") {
        @Override
        Double of(Figures f) {
            return percent(
                    f.cases().raised() - f.cases().resolutionBreached(),
                    f.cases().raised());
        }
    };

    /** What a KPI is worked out from, which decides the groupings it exists for. */
    public enum Basis {
        CONTACTS,
        /** Agents' status log, shifts and cost rates. */
        AGENT_TIME,
        CASES
    }

    private final String unit;
    private final Basis basis;
    private final String definition;

    Kpi(String unit, Basis basis, String definition) {
        this.unit = unit;
        this.basis = basis;
        this.definition = definition;
    }

    public String unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    /** The KPI's name in URLs, JSON and CSV: {@code service-level}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Basis basis() {
        return basis;
    }

    abstract Double of(Figures figures);

    /** This KPI of a set of contacts alone; only for the KPIs worked out from contacts. */
    public Double ofContacts(ContactTally contacts, ShortAbandons shortAbandons) {
        if (basis != Basis.CONTACTS) {
            throw new IllegalArgumentException(key() + " is not worked out from contacts");
        }
        return of(new Figures(contacts, AgentTimeTally.NONE, CaseTally.NONE, shortAbandons));
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    private static Double percent(long numerator, long denominator) {
        return denominator == 0 ? null : 100.0 * numerator / denominator;
    }
}
