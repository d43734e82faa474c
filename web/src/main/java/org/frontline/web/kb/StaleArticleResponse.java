package org.frontline.web.kb;

import java.time.LocalDate;
import java.util.List;
import org.frontline.kb.domain.usage.StaleArticle;
import org.frontline.kb.domain.usage.StaleFinding;

/** A published article flagged for review, with each reason and the figures behind it. */
public record StaleArticleResponse(
        long articleId, String title, String owner, LocalDate reviewBy, List<StaleFinding> findings) {

    static StaleArticleResponse from(StaleArticle a) {
        return new StaleArticleResponse(
                a.articleId(), a.title(), a.owner(), a.reviewBy().orElse(null), a.findings());
    }
}
