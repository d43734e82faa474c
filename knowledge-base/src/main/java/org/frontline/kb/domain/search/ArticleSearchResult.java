package org.frontline.kb.domain.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.kb.domain.article.ArticleLanguage;

/**
 * A page of articles found, with the facet counts of everything that matched.
 *
 * @param facets counts per value of language, product, tags and audience
 * @param didYouMean the query with its misspelt words corrected, when few articles matched and a correction exists
 * @param fellBackTo the language searched instead, when the reader's language had no hit
 */
public record ArticleSearchResult(
        long total,
        List<ArticleHit> hits,
        Map<String, List<FacetCount>> facets,
        Optional<String> didYouMean,
        Optional<ArticleLanguage> fellBackTo) {}
