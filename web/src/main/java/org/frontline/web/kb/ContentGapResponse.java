package org.frontline.web.kb;

import java.time.Instant;
import org.frontline.kb.domain.usage.ContentGap;

/** A topic readers searched for without finding (or opening) an answer. */
public record ContentGapResponse(
        String topic, String example, long searches, ShareResponse clickThrough, Instant lastSearchedAt) {

    static ContentGapResponse from(ContentGap gap) {
        return new ContentGapResponse(
                gap.topic(),
                gap.example(),
                gap.searches(),
                ShareResponse.from(gap.clickThrough()),
                gap.lastSearchedAt());
    }
}
