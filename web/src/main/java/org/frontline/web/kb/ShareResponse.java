package org.frontline.web.kb;

import org.frontline.kb.domain.usage.Share;

/** A rate with the counts behind it: {@code count} of {@code outOf}; {@code rate} is null when there was nothing. */
public record ShareResponse(long count, long outOf, Double rate) {

    static ShareResponse from(Share share) {
        return new ShareResponse(share.count(), share.outOf(), share.value().orElse(null));
    }
}
