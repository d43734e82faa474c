package org.frontline.core.domain.kpi;

/** What one roll-up run did: days rolled up, and days still never rolled up under the current settings. */
public record RollUpRun(int daysRolledUp, int daysLeft) {}
