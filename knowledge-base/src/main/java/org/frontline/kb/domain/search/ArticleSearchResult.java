package org.frontline.kb.domain.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.kb.domain.article.ArticleLanguage;

/**
 * A page of articles found, with the facet counts of everything that matched.
 *
 * @param facets counts per value of language, product, tags and audience
 * @param matching whether every article had every word, or the result is the best articles with some of them
 * @param didYouMean the query with its misspelt words corrected, when few articles matched and a correction exists
 * @param fellBackTo the language searched instead, when the reader's language had no hit
 */
public record ArticleSearchResult(
        long total,
        List<ArticleHit> hits,
        Map<String, List<FacetCount>> facets,
        Matching matching,
        Optional<String> didYouMean,
        Optional<ArticleLanguage> fellBackTo) {

    /** How many of the best-ranked articles a {@link Matching#SOME_WORDS} result holds. */
    public static final int BEST_OF = 100;

    /** This result, saying "did you mean" the given correction. */
    public ArticleSearchResult suggesting(Optional<String> correction) {
        return new ArticleSearchResult(total, hits, facets, matching, correction, fellBackTo);
    }
}
