package org.frontline.web.kb;

import java.time.Instant;
import java.util.List;
import org.frontline.kb.domain.usage.ContentGapReport;

/** The content-gap report: searches since a moment, topics with no result, topics with low click-through. */
public record ContentGapReportResponse(
        Instant since, long searches, List<ContentGapResponse> noResult, List<ContentGapResponse> lowClick) {

    static ContentGapReportResponse from(ContentGapReport report) {
        return new ContentGapReportResponse(
                report.since(),
                report.searches(),
                report.noResult().stream().map(ContentGapResponse::from).toList(),
                report.lowClick().stream().map(ContentGapResponse::from).toList());
    }
}
