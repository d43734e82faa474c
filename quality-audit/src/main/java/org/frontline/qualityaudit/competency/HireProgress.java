package org.frontline.qualityaudit.competency;

import java.time.LocalDate;

/**
 * One new hire against their team's standard.
 *
 * @param competentOn the last day of the first week that met the standard; null unless COMPETENT
 * @param days days from the hire date to {@code competentOn} inclusive (7 per week since hire); null unless COMPETENT
 * @param weeksObserved whole weeks from the hire date to today (or to their leaving)
 */
public record HireProgress(
        long agentId,
        String name,
        long teamId,
        String team,
        LocalDate hired,
        CompetencyStatus status,
        LocalDate competentOn,
        Integer days,
        int weeksObserved) {}
