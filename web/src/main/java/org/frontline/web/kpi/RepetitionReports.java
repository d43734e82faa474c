package org.frontline.web.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.frontline.core.domain.kpi.repetition.RepetitionAnalysis;
import org.frontline.core.domain.kpi.repetition.RepetitionReport;
import org.frontline.core.domain.kpi.repetition.TopicFigures;
import org.frontline.core.domain.kpi.repetition.TopicQuery;
import org.frontline.core.domain.shared.Progress;

/**
 * Runs repetition analyses and looks up, in the knowledge base, the articles covering the most frequent
 * {@value #TOPICS_CHECKED} topics; in the caller's transaction.
 */
@ApplicationScoped
public class RepetitionReports {
    static final int TOPICS_CHECKED = 200;

    @Inject
    RepetitionAnalysis analysis;

    @Inject
    TopicCoverage coverage;

    AnalysedTopics run(TopicQuery query, Progress progress) {
        RepetitionReport report = analysis.report(query, progress);
        return new AnalysedTopics(
                report,
                coverage.articles(report.topics().stream()
                        .limit(TOPICS_CHECKED)
                        .map(TopicFigures::topic)
                        .toList()));
    }
}
