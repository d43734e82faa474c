package org.frontline.web.kb;

import java.time.Instant;
import org.frontline.kb.domain.usage.CaseLink;

/** An article linked to the case it solved: by whom and when. */
public record CaseLinkResponse(long articleId, long caseId, String linkedBy, Instant linkedAt) {

    public static CaseLinkResponse from(CaseLink link) {
        return new CaseLinkResponse(link.articleId(), link.caseId(), link.linkedBy(), link.linkedAt());
    }
}
