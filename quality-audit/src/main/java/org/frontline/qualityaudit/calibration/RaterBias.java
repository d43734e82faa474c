package org.frontline.qualityaudit.calibration;

/**
 * A rater's lean: over the units they scored, the mean of (their total − the reference total) and the standard
 * deviation of that difference (their spread), where the reference is the designated expert's total or else the mean
 * of the other raters' totals.
 */
public record RaterBias(int rater, int units, double bias, double spread) {}
