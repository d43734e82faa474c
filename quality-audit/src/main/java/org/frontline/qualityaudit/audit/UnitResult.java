package org.frontline.qualityaudit.audit;

import java.util.OptionalDouble;

/** One reviewed contact of an audit, as the estimates see it: its stratum, whether it passed, its total score. */
public record UnitResult(String stratum, boolean passed, OptionalDouble score) {}
