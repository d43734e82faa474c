package org.frontline.kb.domain.search;

import java.util.List;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.Audience;

/**
 * One article found: what a result list shows, its relevance score, and snippets of its text with the matched words
 * marked {@code <mark>like this</mark>} (the rest HTML-escaped).
 */
public record ArticleHit(
        long id,
        String title,
        String summary,
        ArticleLanguage language,
        String product,
        List<String> tags,
        Audience audience,
        float score,
        List<String> snippets) {

    /** The same hit with these snippets. */
    public ArticleHit withSnippets(List<String> marked) {
        return new ArticleHit(id, title, summary, language, product, tags, audience, score, List.copyOf(marked));
    }
}
