package org.frontline.kb.domain.search;

/** How the articles of a search result matched its words, so an agent knows how literally to read the list. */
public enum Matching {
    /** Every article has every word of the query (or of the query as "did you mean" corrected it). */
    EVERY_WORD,
    /**
     * Fewer than three articles had every word, so the result is the best {@link ArticleSearchResult#BEST_OF} articles
     * with some of the words or close spellings of them, ranked (those with every word first); its total and facet
     * counts count those.
     */
    SOME_WORDS
}
