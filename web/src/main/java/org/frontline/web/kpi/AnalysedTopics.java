package org.frontline.web.kpi;

import java.util.Map;
import org.frontline.core.domain.kpi.repetition.RepetitionReport;

/** A repetition analysis and the published articles covering its most frequent topics. */
record AnalysedTopics(RepetitionReport report, Map<String, Long> articles) {

    RepetitionResponse response() {
        return RepetitionResponse.from(report, articles);
    }
}
