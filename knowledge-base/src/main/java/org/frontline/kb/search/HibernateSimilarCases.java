package org.frontline.kb.search;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.frontline.core.domain.cases.Case;
import org.frontline.kb.domain.usage.SimilarCases;
import org.hibernate.search.mapper.orm.Search;

/** Cases most like a text, by its words in their subject (counted double) or description. */
public class HibernateSimilarCases implements SimilarCases {
    /** The first words of a long text say what it is about; more would only slow the query. */
    private static final int MAX_WORDS = 32;

    /** Beyond three words, a case must share at least a quarter of them to count as alike. */
    private static final int FEW_WORDS = 3;

    private static final int MIN_MATCHING_PERCENT = 25;

    private final EntityManager em;

    public HibernateSimilarCases(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<Long> similarTo(String text, int limit) {
        String words = String.join(
                " ",
                Arrays.stream(QueryText.parse(text == null ? "" : text).wanted().split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .limit(MAX_WORDS)
                        .toList());
        if (words.isEmpty()) {
            return List.of();
        }
        return Search.session(em)
                .search(Case.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.match()
                        .field(CaseSearchMapping.SUBJECT)
                        .boost(2f)
                        .field(CaseSearchMapping.DESCRIPTION)
                        .matching(words)
                        .minimumShouldMatch(m -> m.ifMoreThan(FEW_WORDS).thenRequirePercent(MIN_MATCHING_PERCENT)))
                .fetchHits(limit);
    }
}
