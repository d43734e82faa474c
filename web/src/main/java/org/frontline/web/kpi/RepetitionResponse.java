package org.frontline.web.kpi;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.frontline.core.domain.kpi.Interval;
import org.frontline.core.domain.kpi.repetition.RepetitionReport;
import org.frontline.core.domain.kpi.repetition.TopicFigures;
import org.frontline.core.domain.kpi.repetition.TopicSeries;
import org.frontline.core.domain.kpi.repetition.TrainingNeed;

/**
 * What customers contacted the centre about: the top topics (of {@code topicCount}), the topics new accounts bring,
 * every topic no published article covers (most contacts first), the top topics' series over {@code intervals}, and
 * each team's training needs.
 */
public record RepetitionResponse(
        String from,
        String to,
        String zone,
        String interval,
        long contacts,
        long withoutTopic,
        long fromNewAccounts,
        int topicCount,
        List<TopicResponse> topics,
        List<TopicResponse> newAccountTopics,
        List<TopicResponse> topicsWithoutArticle,
        List<Interval> intervals,
        List<TopicSeries> series,
        List<TrainingNeed> trainingNeeds) {

    static RepetitionResponse from(RepetitionReport report, Map<String, Long> articles) {
        Function<TopicFigures, TopicResponse> withArticles =
                f -> TopicResponse.from(f, articles.getOrDefault(f.topic(), 0L));
        return new RepetitionResponse(
                report.query().from().toString(),
                report.query().to().toString(),
                report.query().zone().getId(),
                report.query().interval().name(),
                report.contacts(),
                report.withoutTopic(),
                report.fromNewAccounts(),
                report.topics().size(),
                report.topics().stream()
                        .limit(report.query().top())
                        .map(withArticles)
                        .toList(),
                report.newAccountTopics().stream().map(withArticles).toList(),
                report.topics().stream()
                        .filter(f -> articles.containsKey(f.topic()) && articles.get(f.topic()) == 0)
                        .map(withArticles)
                        .toList(),
                report.intervals(),
                report.series(),
                report.trainingNeeds());
    }
}
