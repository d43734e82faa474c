package org.frontline.qualityaudit.calibration;

/** Whether a calibration session still takes scores, or is closed and its results final. */
public enum CalibrationState {
    OPEN,
    CLOSED
}
