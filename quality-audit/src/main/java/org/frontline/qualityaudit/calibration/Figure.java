package org.frontline.qualityaudit.calibration;

/**
 * An agreement coefficient with its bootstrap interval and the number of units it rests on; NaN where it is undefined
 * (too few units rated, or no variation at all).
 */
public record Figure(double value, double lower, double upper, int units) {}
