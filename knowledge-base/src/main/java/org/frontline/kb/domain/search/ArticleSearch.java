package org.frontline.kb.domain.search;

import java.util.List;
import java.util.Optional;
import org.frontline.kb.domain.article.ArticleLanguage;

/** Finds articles: full-text search, suggest-as-you-type, and the articles most related to a case's text. */
public interface ArticleSearch {

    ArticleSearchResult search(ArticleQuery query);

    /** Titles of published articles with words starting as {@code prefix} does, best first. */
    List<TitleSuggestion> suggest(String prefix, Optional<ArticleLanguage> language, Readers readers, int limit);

    /**
     * Published articles most related to this text (a case's subject and description), best first; in English when
     * the language asked for has none.
     */
    List<ArticleHit> relatedTo(
            String subject, String description, Optional<ArticleLanguage> language, Readers readers, int limit);

    /**
     * What a query asks for, as its language's analyzer reads it (stop words dropped, words stemmed and folded),
     * sorted: the same need typed differently ("printers offline", "printer is offline") gives the same topic.
     */
    String topicOf(String text, Optional<ArticleLanguage> language);
}
