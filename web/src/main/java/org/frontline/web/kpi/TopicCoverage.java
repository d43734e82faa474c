package org.frontline.web.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.ArticleStatus;
import org.frontline.kb.domain.search.ArticleQuery;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.domain.search.Readers;

/**
 * How many published knowledge-base articles cover each topic: an article covers a topic (a contact reason code such
 * as {@code billing.refund}) when it is tagged with each of the code's words ({@code billing} and {@code refund}).
 */
@ApplicationScoped
public class TopicCoverage {
    @Inject
    ArticleSearch search;

    /** Published articles, in any language and for any audience, per topic. */
    Map<String, Long> articles(Collection<String> topics) {
        Map<String, Long> counts = new HashMap<>();
        for (String topic : Set.copyOf(topics)) {
            counts.put(topic, search.search(query(topic)).total());
        }
        return counts;
    }

    private static ArticleQuery query(String topic) {
        Set<String> tags = Arrays.stream(topic.split("[._\\-/\\s]+"))
                .filter(word -> !word.isBlank())
                .collect(Collectors.toSet());
        return new ArticleQuery(
                "",
                Optional.empty(),
                Set.of(),
                tags,
                Set.of(ArticleStatus.PUBLISHED),
                Optional.empty(),
                Readers.AGENTS,
                new PageRequest(0, 1));
    }
}
