package org.frontline.qualityaudit.audit;

/**
 * An audit figure with its uncertainty: the estimate, its confidence interval, its standard error, and how many
 * reviewed contacts it rests on.
 */
public record Estimate(double value, double lower, double upper, double standardError, long reviewed) {}
