package org.frontline.web.workforce;

import java.util.Arrays;
import java.util.List;
import org.frontline.core.domain.workforce.TeamTurnover;
import org.frontline.qualityaudit.competency.CompetencyReport;
import org.frontline.web.platform.CsvText;

/** Employee metrics as CSV: turnover per team, and every new hire's speed to competency. */
final class WorkforceCsv {
    private WorkforceCsv() {}

    static String turnover(List<TeamTurnover> rows) {
        return CsvText.of(
                List.of(
                        "team_id",
                        "team",
                        "at_start",
                        "hired",
                        "left",
                        "left_voluntarily",
                        "at_end",
                        "average_headcount",
                        "turnover_rate",
                        "annualised_rate",
                        "retention"),
                rows.stream()
                        .map(r -> Arrays.<Object>asList(
                                r.teamId(),
                                r.team(),
                                r.atStart(),
                                r.hired(),
                                r.left(),
                                r.leftVoluntarily(),
                                r.atEnd(),
                                r.averageHeadcount(),
                                r.turnoverRate(),
                                r.annualisedRate(),
                                r.retention()))
                        .toList());
    }

    static String hires(CompetencyReport report) {
        return CsvText.of(
                List.of(
                        "agent_id",
                        "name",
                        "team_id",
                        "team",
                        "hired",
                        "status",
                        "competent_on",
                        "days",
                        "weeks_observed"),
                report.hires().stream()
                        .map(h -> Arrays.<Object>asList(
                                h.agentId(),
                                h.name(),
                                h.teamId(),
                                h.team(),
                                h.hired(),
                                h.status(),
                                h.competentOn(),
                                h.days(),
                                h.weeksObserved()))
                        .toList());
    }
}
