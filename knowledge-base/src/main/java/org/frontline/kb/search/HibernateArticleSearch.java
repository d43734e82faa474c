package org.frontline.kb.search;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.ArticleStatus;
import org.frontline.kb.domain.article.Audience;
import org.frontline.kb.domain.search.ArticleHit;
import org.frontline.kb.domain.search.ArticleQuery;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.domain.search.ArticleSearchResult;
import org.frontline.kb.domain.search.FacetCount;
import org.frontline.kb.domain.search.Matching;
import org.frontline.kb.domain.search.Readers;
import org.frontline.kb.domain.search.TitleSuggestion;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

/**
 * Article search on Hibernate Search. Relevance: title (×3), tags and summary (×2), body. A search first asks for every
 * word; when that finds fewer than three articles it also accepts any word (multi-word synonyms included) and, for a
 * short plain query, the query as "did you mean" corrects it (ranked like every-word matching), or, when no word has
 * a close spelling in the index, words one or two typos away (in the one unstemmed spelling field, as typo automata
 * are the costliest part of a search); -words and "phrases" are honoured. Looser matching keeps only its best
 * {@value ArticleSearchResult#BEST_OF} articles (the result says which matching it is). Facet counts, highlighted
 * snippets, an English fallback and "did you mean" (whenever the corrected query was searched, or few articles
 * matched) come with each page.
 */
public class HibernateArticleSearch implements ArticleSearch {
    private static final int SNIPPETS = 2;
    private static final int FEW_HITS = 3;
    private static final float ALL_WORDS = 4f;
    private static final float TYPOS = 0.5f;

    private final EntityManager em;
    private final LuceneAnalyzers analyzers;

    public HibernateArticleSearch(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
        this.analyzers = new LuceneAnalyzers(em);
    }

    /** How loosely a search matches: a looser step is tried only when every-word matching found fewer than three. */
    private enum Strictness {
        /** Every word (the agent's syntax applies: phrases, exclusions). */
        ALL_WORDS,
        /** Every word first, then any word, multi-word synonyms included. */
        ANY_WORD,
        /** As ANY_WORD, then words one or two typos away. */
        TYPOS
    }

    @Override
    public ArticleSearchResult search(ArticleQuery query) {
        QueryText text = QueryText.parse(query.text());
        ArticleSearchResult result = loosening(query, text, Optional.empty());
        Optional<ArticleLanguage> own = query.language().filter(l -> l != ArticleLanguage.FALLBACK);
        if (result.total() == 0 && !text.isBlank() && own.isPresent()) {
            ArticleSearchResult english =
                    loosening(query.in(ArticleLanguage.FALLBACK), text, Optional.of(ArticleLanguage.FALLBACK));
            if (english.total() > 0) {
                result = english;
            }
        }
        ArticleSearchResult found = result;
        return found.suggesting(found.didYouMean()
                .or(() -> found.total() < FEW_HITS && !text.words().isEmpty() ? didYouMean(text) : Optional.empty()));
    }

    /**
     * Strict first: most searches stop at every-word matching, which keeps the set of matches (and so counting,
     * facets and scoring) small; looser matching runs only when that found too little, and keeps only its best
     * {@value ArticleSearchResult#BEST_OF} matches. A short plain query with an unknown word is searched as "did you
     * mean" corrects it, every word required, before any looser matching.
     */
    private ArticleSearchResult loosening(ArticleQuery query, QueryText text, Optional<ArticleLanguage> fellBackTo) {
        ArticleSearchResult strict = run(query, text, Strictness.ALL_WORDS, Optional.empty(), fellBackTo);
        if (strict.total() >= FEW_HITS || text.isBlank()) {
            return strict;
        }
        if (text.isShortAndPlain()) {
            Optional<String> corrected = didYouMean(text);
            return corrected
                    .map(c -> run(query, QueryText.parse(c), Strictness.ALL_WORDS, Optional.empty(), fellBackTo))
                    .filter(r -> r.total() >= FEW_HITS)
                    .orElseGet(() -> wider(strict, run(query, text, Strictness.TYPOS, corrected, fellBackTo)))
                    .suggesting(corrected);
        }
        return wider(strict, run(query, text, Strictness.ANY_WORD, Optional.empty(), fellBackTo));
    }

    /**
     * The looser result when loosening found more; else the strict one, which holds the same articles, every word in
     * each (a looser search also asks for every word).
     */
    private static ArticleSearchResult wider(ArticleSearchResult strict, ArticleSearchResult loose) {
        return loose.total() > strict.total() ? loose : strict;
    }

    /**
     * Every-word matching counts and facets every match in the index; looser matching, whose matches can be most of
     * the index, ranks them without counting them all and keeps the best {@value ArticleSearchResult#BEST_OF}, which
     * its total, facets and pages are then about.
     *
     * @param corrected for a typo-tolerant search, the query with its unknown words corrected: articles with every
     *     corrected word rank as if the agent had typed it right
     */
    private ArticleSearchResult run(
            ArticleQuery query,
            QueryText text,
            Strictness strictness,
            Optional<String> corrected,
            Optional<ArticleLanguage> fellBackTo) {
        List<ArticleLanguage> languages = languagesOf(query.language());
        boolean marksOwnSnippets = analyzers.available();
        var search = session()
                .search(Article.class)
                .select(f -> hit(f, marksOwnSnippets ? List.of() : languages))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    SearchPredicate wanted = text.isBlank()
                            ? f.matchAll().toPredicate()
                            : relevance(f, text, languages, strictness, corrected, stopWords(languages));
                    bool.must(wanted);
                    text.excluded()
                            .forEach(word -> bool.mustNot(f.match()
                                    .fields(textFields(languages))
                                    .matching(word)
                                    .toPredicate()));
                    filter(f, bool, query, languages);
                    return bool;
                })
                .sort(f -> text.isBlank() ? f.field(ArticleIndex.UPDATED_AT).desc() : f.score())
                .highlighter(h -> h.unified()
                        .numberOfFragments(SNIPPETS)
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML));
        long total;
        List<ArticleHit> page;
        Map<String, List<FacetCount>> facets;
        Matching matching;
        if (strictness == Strictness.ALL_WORDS) {
            SearchResult<ArticleHit> result = search.aggregation(
                            ArticleFacets.LANGUAGES,
                            f -> f.terms()
                                    .field(ArticleIndex.LANGUAGE, ArticleLanguage.class)
                                    .maxTermCount(ArticleFacets.VALUES))
                    .aggregation(
                            ArticleFacets.PRODUCTS,
                            f -> f.terms()
                                    .field(ArticleIndex.PRODUCT, String.class)
                                    .maxTermCount(ArticleFacets.VALUES))
                    .aggregation(
                            ArticleFacets.TAGS,
                            f -> f.terms()
                                    .field(ArticleIndex.TAGS, String.class)
                                    .maxTermCount(ArticleFacets.VALUES))
                    .aggregation(ArticleFacets.AUDIENCES, f -> f.terms().field(ArticleIndex.AUDIENCE, Audience.class))
                    .fetch(query.page().offset(), query.page().size());
            total = result.total().hitCount();
            page = result.hits();
            facets = ArticleFacets.aggregated(result);
            matching = Matching.EVERY_WORD;
        } else {
            List<ArticleHit> best =
                    search.totalHitCountThreshold(ArticleSearchResult.BEST_OF).fetchHits(ArticleSearchResult.BEST_OF);
            total = best.size();
            page = best.subList(
                    Math.min(query.page().offset(), best.size()),
                    Math.min(query.page().offset() + query.page().size(), best.size()));
            facets = ArticleFacets.countedIn(best);
            matching = Matching.SOME_WORDS;
        }
        List<ArticleHit> hits = marksOwnSnippets
                ? snippets(
                        page,
                        corrected.map(c -> text.wanted() + " " + c).orElse(text.wanted()),
                        strictness == Strictness.TYPOS && corrected.isEmpty(),
                        SNIPPETS)
                : page;
        return new ArticleSearchResult(total, hits, facets, matching, Optional.empty(), fellBackTo);
    }

    private static SearchPredicate relevance(
            SearchPredicateFactory f,
            QueryText text,
            List<ArticleLanguage> languages,
            Strictness strictness,
            Optional<String> corrected,
            Predicate<String> stopWords) {
        String required = text.required(stopWords);
        if (strictness == Strictness.ALL_WORDS) {
            return weighted(f, languages, required, BooleanOperator.AND).toPredicate();
        }
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(weighted(f, languages, required, BooleanOperator.AND).boost(ALL_WORDS));
        any.should(anyWord(f, languages, text.wanted()));
        if (strictness == Strictness.TYPOS && corrected.isPresent()) {
            any.should(
                    weighted(f, languages, corrected.get(), BooleanOperator.AND).boost(ALL_WORDS));
            any.should(anyWord(f, languages, corrected.get()));
        } else if (strictness == Strictness.TYPOS) {
            BooleanPredicateClausesStep<?, ?> typos = f.bool();
            for (String word : text.words()) {
                int edits = allowedEdits(word);
                if (edits > 0) {
                    typos.should(f.match()
                            .field(ArticleIndex.SPELLING)
                            .matching(word)
                            .fuzzy(edits, 1));
                }
            }
            if (typos.hasClause()) {
                any.should(typos.boost(TYPOS));
            }
        }
        return any.toPredicate();
    }

    /**
     * Any of the words, weighted like {@link #weighted}; the whole text goes through each field's analyzer at once,
     * so multi-word synonyms ("money back" for refund) apply.
     */
    private static PredicateFinalStep anyWord(SearchPredicateFactory f, List<ArticleLanguage> languages, String text) {
        return f.match()
                .fields(fields(languages, ArticleIndex::title))
                .boost(3f)
                .field(ArticleIndex.TAGS_TEXT)
                .boost(2f)
                .fields(fields(languages, ArticleIndex::summary))
                .boost(2f)
                .fields(fields(languages, ArticleIndex::body))
                .matching(text);
    }

    /**
     * Stop words of the language searched in (of any language when all are searched), as their analyzers drop them;
     * none on a backend whose analyzers are remote.
     */
    private Predicate<String> stopWords(List<ArticleLanguage> languages) {
        if (!analyzers.available()) {
            return word -> false;
        }
        Analyzer analyzer =
                analyzers.named(languages.size() == 1 ? KbAnalysis.text(languages.getFirst()) : KbAnalysis.CASE_TEXT);
        return word -> LuceneAnalyzers.terms(analyzer, "stop", word, 1).isEmpty();
    }

    /** As search engines usually do: no typo in words of up to 3 letters, one up to 6, two beyond. */
    static int allowedEdits(String word) {
        return word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
    }

    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> weighted(
            SearchPredicateFactory f, List<ArticleLanguage> languages, String text, BooleanOperator operator) {
        return f.simpleQueryString()
                .fields(fields(languages, ArticleIndex::title))
                .boost(3f)
                .field(ArticleIndex.TAGS_TEXT)
                .boost(2f)
                .fields(fields(languages, ArticleIndex::summary))
                .boost(2f)
                .fields(fields(languages, ArticleIndex::body))
                .matching(text)
                .defaultOperator(operator);
    }

    private static void filter(
            SearchPredicateFactory f,
            BooleanPredicateClausesStep<?, ?> bool,
            ArticleQuery query,
            List<ArticleLanguage> languages) {
        bool.filter(f.terms().field(ArticleIndex.STATUS).matchingAny(query.statuses()));
        inLanguages(f, bool, languages);
        if (!query.products().isEmpty()) {
            bool.filter(f.terms().field(ArticleIndex.PRODUCT).matchingAny(query.products()));
        }
        query.tags()
                .forEach(tag -> bool.filter(f.match().field(ArticleIndex.TAGS).matching(tag)));
        query.audience()
                .ifPresent(
                        a -> bool.filter(f.match().field(ArticleIndex.AUDIENCE).matching(a)));
        readableBy(f, bool, query.readers());
    }

    /**
     * Only articles in these languages; no filter at all when every language is searched (filtering on all four
     * languages would have every search walk the whole index's language postings alongside its matches).
     */
    private static void inLanguages(
            SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, List<ArticleLanguage> languages) {
        if (languages.size() < ArticleLanguage.values().length) {
            bool.filter(f.terms().field(ArticleIndex.LANGUAGE).matchingAny(languages));
        }
    }

    /** Customers read public articles only; agents read all. */
    private static void readableBy(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, Readers readers) {
        if (readers == Readers.CUSTOMERS) {
            bool.filter(f.match().field(ArticleIndex.AUDIENCE).matching(Audience.PUBLIC));
        }
    }

    private static ProjectionFinalStep<ArticleHit> hit(
            SearchProjectionFactory<?, ?> f, List<ArticleLanguage> languages) {
        List<SearchProjection<?>> projections = new ArrayList<>(List.of(
                f.id(Long.class).toProjection(),
                f.field(ArticleIndex.TITLE_DISPLAY, String.class).toProjection(),
                f.field(ArticleIndex.SUMMARY_DISPLAY, String.class).toProjection(),
                f.field(ArticleIndex.LANGUAGE, ArticleLanguage.class).toProjection(),
                f.field(ArticleIndex.PRODUCT, String.class).toProjection(),
                f.field(ArticleIndex.TAGS, String.class).list().toProjection(),
                f.field(ArticleIndex.AUDIENCE, Audience.class).toProjection(),
                f.score().toProjection()));
        for (ArticleLanguage language : languages) {
            projections.add(f.highlight(ArticleIndex.body(language)).toProjection());
        }
        return f.composite()
                .from(projections.toArray(SearchProjection<?>[]::new))
                .asList(HibernateArticleSearch::toHit);
    }

    @SuppressWarnings("unchecked")
    private static ArticleHit toHit(List<?> values) {
        List<String> snippets = new ArrayList<>();
        for (int i = 8; i < values.size(); i++) {
            snippets.addAll((List<String>) values.get(i));
        }
        return new ArticleHit(
                (Long) values.get(0),
                (String) values.get(1),
                (String) values.get(2),
                (ArticleLanguage) values.get(3),
                (String) values.get(4),
                (List<String>) values.get(5),
                (Audience) values.get(6),
                (Float) values.get(7),
                List.copyOf(snippets));
    }

    @Override
    public List<TitleSuggestion> suggest(
            String prefix, Optional<ArticleLanguage> language, Readers readers, int limit) {
        String typed = QueryText.parse(prefix == null ? "" : prefix).wanted();
        if (typed.isBlank()) {
            return List.of();
        }
        return session()
                .search(Article.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field(ArticleIndex.TITLE_DISPLAY, String.class))
                        .as(TitleSuggestion::new))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    bool.must(f.simpleQueryString()
                            .field(ArticleIndex.TITLE_PREFIXES)
                            .matching(typed)
                            .defaultOperator(BooleanOperator.AND));
                    bool.filter(f.match().field(ArticleIndex.STATUS).matching(ArticleStatus.PUBLISHED));
                    language.ifPresent(l ->
                            bool.filter(f.match().field(ArticleIndex.LANGUAGE).matching(l)));
                    readableBy(f, bool, readers);
                    return bool;
                })
                .fetchHits(limit);
    }

    @Override
    public List<ArticleHit> relatedTo(
            String subject, String description, Optional<ArticleLanguage> language, Readers readers, int limit) {
        String about = QueryText.parse(subject == null ? "" : subject).wanted();
        String detail = QueryText.parse(description == null ? "" : description).wanted();
        if (about.isBlank() && detail.isBlank()) {
            return List.of();
        }
        List<ArticleHit> related = related(about, detail, languagesOf(language), readers, limit);
        if (related.isEmpty()
                && language.filter(l -> l != ArticleLanguage.FALLBACK).isPresent()) {
            return related(about, detail, List.of(ArticleLanguage.FALLBACK), readers, limit);
        }
        return related;
    }

    /** The subject's words count double; any word of either may match. */
    private List<ArticleHit> related(
            String about, String detail, List<ArticleLanguage> languages, Readers readers, int limit) {
        boolean marksOwnSnippets = analyzers.available();
        List<ArticleHit> hits = session()
                .search(Article.class)
                .select(f -> hit(f, marksOwnSnippets ? List.of() : languages))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    BooleanPredicateClausesStep<?, ?> related = f.bool();
                    if (!about.isBlank()) {
                        related.should(weighted(f, languages, about, BooleanOperator.OR)
                                .boost(2f));
                    }
                    if (!detail.isBlank()) {
                        related.should(anyWord(f, languages, detail));
                    }
                    bool.must(related);
                    bool.filter(f.match().field(ArticleIndex.STATUS).matching(ArticleStatus.PUBLISHED));
                    inLanguages(f, bool, languages);
                    readableBy(f, bool, readers);
                    return bool;
                })
                .highlighter(h -> h.unified()
                        .numberOfFragments(1)
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML))
                .fetchHits(limit);
        return marksOwnSnippets ? snippets(hits, about + " " + detail, false, 1) : hits;
    }

    /**
     * Snippets cut by {@link Snippets} from the Lucene index; other backends (Elasticsearch) mark them with the
     * search's own highlighter instead.
     */
    private List<ArticleHit> snippets(List<ArticleHit> hits, String words, boolean typos, int perHit) {
        try (IndexReader reader =
                session().scope(Article.class).extension(LuceneExtension.get()).openIndexReader()) {
            return new Snippets(reader, analyzers::named).mark(hits, words, typos, perHit);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the article index for snippets", e);
        }
    }

    @Override
    public String topicOf(String text, Optional<ArticleLanguage> language) {
        String wanted = QueryText.parse(text == null ? "" : text).wanted();
        Collection<String> words = analyzers.available()
                ? LuceneAnalyzers.terms(
                        analyzers.named(KbAnalysis.text(language.orElse(ArticleLanguage.FALLBACK))),
                        "topic",
                        wanted,
                        ArticleQuery.MAX_WORDS)
                : Arrays.stream(wanted.split("\\s+")).map(QueryText::folded).toList();
        String topic = String.join(" ", new TreeSet<>(words)).strip();
        return topic.isEmpty() ? QueryText.folded(wanted) : topic;
    }

    /**
     * The query with each word the index does not know replaced by the closest word it does (from the unstemmed
     * spelling field); empty when every word is known or nothing close exists. Only the Lucene backend can do this.
     */
    private Optional<String> didYouMean(QueryText text) {
        try (IndexReader reader =
                session().scope(Article.class).extension(LuceneExtension.get()).openIndexReader()) {
            DirectSpellChecker checker = new DirectSpellChecker();
            boolean corrected = false;
            List<String> words = new ArrayList<>();
            for (String word : text.words()) {
                String folded = QueryText.folded(word);
                Term term = new Term(ArticleIndex.SPELLING, folded);
                SuggestWord[] similar = reader.docFreq(term) > 0
                        ? new SuggestWord[0]
                        : checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                corrected |= similar.length > 0;
                words.add(similar.length > 0 ? similar[0].string : word);
            }
            return corrected ? Optional.of(String.join(" ", words)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the article index for spelling suggestions", e);
        } catch (SearchException notLucene) {
            return Optional.empty();
        }
    }

    private SearchSession session() {
        return Search.session(em);
    }

    private static List<ArticleLanguage> languagesOf(Optional<ArticleLanguage> language) {
        return language.map(List::of).orElseGet(() -> Arrays.asList(ArticleLanguage.values()));
    }

    private static String[] fields(List<ArticleLanguage> languages, Function<ArticleLanguage, String> field) {
        return languages.stream().map(field).toArray(String[]::new);
    }

    private static String[] textFields(List<ArticleLanguage> languages) {
        List<String> all = new ArrayList<>();
        for (ArticleLanguage language : languages) {
            all.add(ArticleIndex.title(language));
            all.add(ArticleIndex.summary(language));
            all.add(ArticleIndex.body(language));
        }
        return all.toArray(String[]::new);
    }
}
