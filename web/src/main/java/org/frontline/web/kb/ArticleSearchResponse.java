package org.frontline.web.kb;

import java.util.List;
import java.util.Map;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.ArticleSearchResult;
import org.frontline.kb.domain.search.FacetCount;
import org.frontline.kb.domain.search.Matching;

/**
 * A page of search results with facet counts; {@code matching} is {@code EVERY_WORD} or, when fewer than three articles
 * had every word, {@code SOME_WORDS} (the best 100 articles with some of the words: total and facets count those);
 * {@code didYouMean} and {@code fellBackTo} (a language code) appear only
 * when they apply; {@code searchId} names the search when it was kept for the content-gap report.
 */
public record ArticleSearchResponse(
        List<ArticleHitResponse> items,
        int page,
        int size,
        long totalItems,
        Map<String, List<FacetCount>> facets,
        Matching matching,
        String didYouMean,
        String fellBackTo,
        Long searchId) {

    static ArticleSearchResponse from(ArticleSearchResult result, PageRequest request, Long searchId) {
        return new ArticleSearchResponse(
                result.hits().stream().map(ArticleHitResponse::from).toList(),
                request.page(),
                request.size(),
                result.total(),
                result.facets(),
                result.matching(),
                result.didYouMean().orElse(null),
                result.fellBackTo().map(ArticleLanguage::code).orElse(null),
                searchId);
    }
}
