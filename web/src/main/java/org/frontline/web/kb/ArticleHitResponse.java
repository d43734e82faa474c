package org.frontline.web.kb;

import java.util.List;
import org.frontline.kb.domain.search.ArticleHit;

/** One article found; snippets are HTML with the matched words in {@code <mark>}. */
public record ArticleHitResponse(
        long id,
        String title,
        String summary,
        String language,
        String product,
        List<String> tags,
        String audience,
        float score,
        List<String> snippets) {

    public static ArticleHitResponse from(ArticleHit hit) {
        return new ArticleHitResponse(
                hit.id(),
                hit.title(),
                hit.summary(),
                hit.language().code(),
                hit.product(),
                hit.tags(),
                hit.audience().name(),
                hit.score(),
                hit.snippets());
    }
}
