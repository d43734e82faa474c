package org.frontline.core.domain.cases;

import java.util.Objects;

/** How urgently a case must be worked, P1 (critical) to P4 (low); SLAs set their targets per priority. */
public enum Priority {
    P1,
    P2,
    P3,
    P4;

    /** How widely, or how quickly, a fault hurts: the two axes of ITIL's priority matrix. */
    public enum Level {
        HIGH,
        MEDIUM,
        LOW
    }

    /**
     * ITIL's impact × urgency matrix: both HIGH is P1; one HIGH and one MEDIUM is P2; one HIGH and one LOW, or both
     * MEDIUM, is P3; anything lower is P4.
     */
    public static Priority fromImpactAndUrgency(Level impact, Level urgency) {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(urgency, "urgency");
        int score = impact.ordinal() + urgency.ordinal();
        return switch (score) {
            case 0 -> P1;
            case 1 -> P2;
            case 2 -> P3;
            default -> P4;
        };
    }
}
