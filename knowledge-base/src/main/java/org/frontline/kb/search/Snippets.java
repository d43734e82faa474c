package org.frontline.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.ArticleHit;

/**
 * Cuts the snippets of a page of hits from their bodies, with the query's words marked. It runs after the search, on
 * the page's articles only, with a query of the words as each body's language analyses them (and, for a typo-tolerant
 * search, the words a typo or two away), reading where the words are from the bodies' term vectors: highlighting with
 * the search's own query would rebuild its typo automata and synonym graphs for every hit.
 */
final class Snippets {
    private static final int MAX_WORDS = 32;

    private final IndexReader reader;
    private final Function<String, Analyzer> analyzers;

    /**
     * @param reader the article index
     * @param analyzers the analyzers of the index, by name
     */
    Snippets(IndexReader reader, Function<String, Analyzer> analyzers) {
        this.reader = reader;
        this.analyzers = analyzers;
    }

    /**
     * The hits with up to {@code perHit} snippets each.
     *
     * @param words what was searched for, as plain words
     * @param typos whether words one or two typos away matched too
     */
    List<ArticleHit> mark(List<ArticleHit> hits, String words, boolean typos, int perHit) throws IOException {
        if (hits.isEmpty() || words.isBlank()) {
            return hits;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<Long, List<String>> snippets = new HashMap<>();
        for (ArticleLanguage language : languagesOf(hits)) {
            List<ArticleHit> same =
                    hits.stream().filter(h -> h.language() == language).toList();
            String field = ArticleIndex.body(language);
            Query marked = wordsIn(field, KbAnalysis.query(language), words, typos);
            Map<Long, Integer> docs = luceneDocs(searcher, same);
            long[] ids = docs.keySet().stream().mapToLong(Long::longValue).toArray();
            int[] docIds = docs.values().stream().mapToInt(Integer::intValue).toArray();
            if (docIds.length == 0) {
                continue;
            }
            Object[] highlighted = highlighter(searcher, language).highlight(field, marked, docIds, perHit);
            for (int i = 0; i < ids.length; i++) {
                if (highlighted[i] instanceof List<?> list) {
                    snippets.put(ids[i], list.stream().map(String::valueOf).toList());
                }
            }
        }
        return hits.stream()
                .map(h -> h.withSnippets(snippets.getOrDefault(h.id(), List.of())))
                .toList();
    }

    private PassageHighlighter highlighter(IndexSearcher searcher, ArticleLanguage language) {
        return new PassageHighlighter(UnifiedHighlighter.builder(searcher, analyzers.apply(KbAnalysis.text(language)))
                .withFormatter(new SeparatePassages())
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withMaxNoHighlightPassages(0));
    }

    /** Lucene's unified highlighter, answering each document's passages as the formatter made them (a list). */
    private static final class PassageHighlighter extends UnifiedHighlighter {
        PassageHighlighter(Builder builder) {
            super(builder);
        }

        Object[] highlight(String field, Query query, int[] docIds, int perDoc) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {perDoc})
                    .get(field);
        }
    }

    /** Each of the words as the field's query analyzer reads them, synonyms included; fuzzily too for typo searches. */
    private Query wordsIn(String field, String analyzer, String words, boolean typos) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> terms = LuceneAnalyzers.terms(analyzers.apply(analyzer), field, words, MAX_WORDS);
        terms.forEach(t -> query.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
        if (typos) {
            for (String word : words.split("\\s+")) {
                String folded = QueryText.folded(word);
                int edits = HibernateArticleSearch.allowedEdits(folded);
                if (edits > 0) {
                    query.add(new FuzzyQuery(new Term(field, folded), edits, 1), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /** The Lucene documents of these hits, by article id, found through the article id field. */
    private static Map<Long, Integer> luceneDocs(IndexSearcher searcher, Collection<ArticleHit> hits)
            throws IOException {
        long[] ids = hits.stream().mapToLong(ArticleHit::id).toArray();
        Map<Long, Integer> docs = new HashMap<>();
        for (ScoreDoc doc : searcher.search(LongPoint.newSetQuery(ArticleIndex.ID, ids), ids.length).scoreDocs) {
            long id = searcher.storedFields()
                    .document(doc.doc, Set.of(ArticleIndex.ID))
                    .getField(ArticleIndex.ID)
                    .numericValue()
                    .longValue();
            docs.put(id, doc.doc);
        }
        return docs;
    }

    private static Set<ArticleLanguage> languagesOf(List<ArticleHit> hits) {
        Set<ArticleLanguage> languages = new LinkedHashSet<>();
        hits.forEach(h -> languages.add(h.language()));
        return languages;
    }

    /** Each passage as its own snippet, HTML-escaped, matches in {@code <mark>}. */
    private static final class SeparatePassages extends PassageFormatter {
        private final DefaultPassageFormatter one = new DefaultPassageFormatter("<mark>", "</mark>", "", true);

        @Override
        public List<String> format(Passage[] passages, String content) {
            List<String> each = new ArrayList<>();
            for (Passage passage : passages) {
                each.add(one.format(new Passage[] {passage}, content).strip());
            }
            return each;
        }
    }
}
