package org.frontline.qualityaudit.calibration;

import org.frontline.qualityaudit.scorecard.Scale;

/** How ratings are compared when measuring agreement: as labels, as ranks, or as distances. */
public enum MeasurementLevel {
    /** Only equal or not: yes/no. */
    NOMINAL,
    /** Ordered, distances unknown: 1 to 5. */
    ORDINAL,
    /** Equal steps: 0 to 10, total scores. */
    INTERVAL;

    public static MeasurementLevel of(Scale scale) {
        return switch (scale) {
            case YES_NO -> NOMINAL;
            case ONE_TO_FIVE -> ORDINAL;
            case ZERO_TO_TEN -> INTERVAL;
        };
    }
}
