package org.frontline.core.domain.kpi.repetition;

/**
 * A topic one team resolves less often at first contact, or handles more slowly, than its other topics: what to
 * coach it on. Compared with the team's own figures over all its topics.
 *
 * @param lowResolution its first-contact resolution is at least the query's gap below the team's
 * @param slowHandling its average handle time exceeds the team's by at least the query's excess
 * @param hoursLost the handle time it costs over the team's figures: the extra handle time of its handled contacts,
 *     plus one team-average handle for each repeat contact beyond the team's resolution rate
 */
public record TrainingNeed(
        String team,
        String teamName,
        String topic,
        long contacts,
        Double firstContactResolution,
        Double teamFirstContactResolution,
        Double averageHandleSeconds,
        Double teamAverageHandleSeconds,
        boolean lowResolution,
        boolean slowHandling,
        double hoursLost) {}
