package org.frontline.qualityaudit.calibration;

/** How far raters' totals for one unit lay apart: their number, lowest, highest and standard deviation. */
public record UnitDisagreement(int unit, int scores, double lowest, double highest, double deviation) {}
