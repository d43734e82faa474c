package org.frontline.qualityaudit.competency;

/**
 * A team's new hires: how many, how many are competent, and how many days it took them (median and mean; null when
 * none is competent yet). Hires still on their way are not in the days: read them with {@code notYet}.
 */
public record TeamCompetency(
        long teamId,
        String team,
        boolean hasStandard,
        int hires,
        int competent,
        int notYet,
        int left,
        Double medianDays,
        Double meanDays) {}
