package org.frontline.kb.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.Audience;
import org.frontline.kb.domain.search.ArticleHit;
import org.frontline.kb.domain.search.FacetCount;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;

/**
 * The facet counts of a search (language, product, tags, audience; the most frequent values first), read from the
 * index's aggregations over every match or counted over a list of hits.
 */
final class ArticleFacets {
    static final int VALUES = 20;
    static final AggregationKey<Map<ArticleLanguage, Long>> LANGUAGES = AggregationKey.of("language");
    static final AggregationKey<Map<String, Long>> PRODUCTS = AggregationKey.of("product");
    static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");
    static final AggregationKey<Map<Audience, Long>> AUDIENCES = AggregationKey.of("audience");

    private ArticleFacets() {}

    /** The counts the index aggregated over every match of the search. */
    static Map<String, List<FacetCount>> aggregated(SearchResult<?> result) {
        return facets(
                result.aggregation(LANGUAGES),
                result.aggregation(PRODUCTS),
                result.aggregation(TAGS),
                result.aggregation(AUDIENCES));
    }

    /** The counts over these hits alone. */
    static Map<String, List<FacetCount>> countedIn(Collection<ArticleHit> hits) {
        Map<ArticleLanguage, Long> languages = new TreeMap<>();
        Map<String, Long> products = new TreeMap<>();
        Map<String, Long> tags = new TreeMap<>();
        Map<Audience, Long> audiences = new TreeMap<>();
        for (ArticleHit hit : hits) {
            languages.merge(hit.language(), 1L, Long::sum);
            if (hit.product() != null) {
                products.merge(hit.product(), 1L, Long::sum);
            }
            hit.tags().forEach(tag -> tags.merge(tag, 1L, Long::sum));
            audiences.merge(hit.audience(), 1L, Long::sum);
        }
        return facets(languages, products, tags, audiences);
    }

    private static Map<String, List<FacetCount>> facets(
            Map<ArticleLanguage, Long> languages,
            Map<String, Long> products,
            Map<String, Long> tags,
            Map<Audience, Long> audiences) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("language", counts(languages, ArticleLanguage::code));
        facets.put("product", counts(products, Function.identity()));
        facets.put("tags", counts(tags, Function.identity()));
        facets.put("audience", counts(audiences, Audience::name));
        return facets;
    }

    private static <K> List<FacetCount> counts(Map<K, Long> counts, Function<K, String> name) {
        return counts.entrySet().stream()
                .map(e -> new FacetCount(name.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(VALUES)
                .toList();
    }
}
