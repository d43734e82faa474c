package org.frontline.qualityaudit.audit;

/** A contact drawn into an audit's sample, with its stratum and the chance it had of being drawn. */
public record DrawnUnit(PopulationUnit unit, String stratum, double inclusionProbability) {}
