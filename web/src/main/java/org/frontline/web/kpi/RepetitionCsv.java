package org.frontline.web.kpi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.frontline.core.domain.kpi.repetition.RepetitionReport;
import org.frontline.core.domain.kpi.repetition.TopicFigures;
import org.frontline.web.platform.CsvText;

/** A repetition analysis as CSV: every topic with its figures and articles, or every training need. */
final class RepetitionCsv {
    private RepetitionCsv() {}

    static String topics(RepetitionReport report, Map<String, Long> articles) {
        return CsvText.of(
                List.of(
                        "topic",
                        "contacts",
                        "share",
                        "previous_contacts",
                        "change",
                        "trend",
                        "from_new_accounts",
                        "new_account_share",
                        "cases",
                        "first_contact_resolution",
                        "average_handle_seconds",
                        "articles"),
                report.topics().stream()
                        .map(f -> row(f, articles.getOrDefault(f.topic(), 0L)))
                        .toList());
    }

    static String trainingNeeds(RepetitionReport report) {
        return CsvText.of(
                List.of(
                        "team_id",
                        "team",
                        "topic",
                        "contacts",
                        "first_contact_resolution",
                        "team_first_contact_resolution",
                        "average_handle_seconds",
                        "team_average_handle_seconds",
                        "low_resolution",
                        "slow_handling",
                        "hours_lost"),
                report.trainingNeeds().stream()
                        .map(n -> Arrays.<Object>asList(
                                n.team(),
                                n.teamName(),
                                n.topic(),
                                n.contacts(),
                                n.firstContactResolution(),
                                n.teamFirstContactResolution(),
                                n.averageHandleSeconds(),
                                n.teamAverageHandleSeconds(),
                                n.lowResolution(),
                                n.slowHandling(),
                                n.hoursLost()))
                        .toList());
    }

    private static List<Object> row(TopicFigures f, long articles) {
        return Arrays.asList(
                f.topic(),
                f.contacts(),
                f.share(),
                f.previousContacts(),
                f.change(),
                f.trend(),
                f.fromNewAccounts(),
                f.newAccountShare(),
                f.cases(),
                f.firstContactResolution(),
                f.averageHandleSeconds(),
                articles);
    }
}
