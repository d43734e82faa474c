package org.frontline.qualityaudit.competency;

import java.time.LocalDate;
import java.util.List;

/** Speed to competency of the agents hired on the days [hiredFrom, hiredTo), per team and per hire. */
public record CompetencyReport(
        LocalDate hiredFrom,
        LocalDate hiredTo,
        LocalDate today,
        List<TeamCompetency> teams,
        List<HireProgress> hires) {}
