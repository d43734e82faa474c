package org.frontline.qualityaudit.calibration;

/** One criterion's ratings across a session, with the level its scale is measured at. */
public record CriterionGrid(String section, String criterion, MeasurementLevel level, RatingGrid grid) {}
