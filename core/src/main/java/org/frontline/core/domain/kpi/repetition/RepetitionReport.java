package org.frontline.core.domain.kpi.repetition;

import java.util.List;
import org.frontline.core.domain.kpi.Interval;

/**
 * What customers contacted the centre about in a period.
 *
 * @param contacts inbound contacts that arrived in the period
 * @param withoutTopic of those, the ones no reason code was recorded for (not in any topic)
 * @param fromNewAccounts of those, the ones from accounts younger than the query's age
 * @param topics every topic, most contacts first
 * @param newAccountTopics the query's top topics new accounts contact about, most such contacts first
 * @param series the query's top topics' contacts per interval of {@code intervals}
 * @param trainingNeeds team topics to coach, the most hours lost first
 */
public record RepetitionReport(
        TopicQuery query,
        long contacts,
        long withoutTopic,
        long fromNewAccounts,
        List<TopicFigures> topics,
        List<TopicFigures> newAccountTopics,
        List<Interval> intervals,
        List<TopicSeries> series,
        List<TrainingNeed> trainingNeeds) {}
