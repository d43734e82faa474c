package org.frontline.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.demo.DemoArticles;
import org.frontline.kb.demo.DemoArticles.DemoArticle;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleContent;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.ArticleService;
import org.frontline.kb.domain.article.ArticleVersion;
import org.frontline.kb.domain.search.ArticleQuery;
import org.frontline.kb.domain.search.Readers;
import org.frontline.kb.infrastructure.jpa.JpaArticleRepository;
import org.frontline.kb.search.HibernateArticleSearch;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

/**
 * Measures knowledge-base search at scale on one machine: writes N generated articles (default 100,000, variations of
 * the demo corpus in four languages) into a fresh H2 file database with Hibernate Search indexing each commit into a
 * Lucene directory on disk, then runs the same agent queries through (1) our search service (with facets, snippets,
 * fallbacks), (2) the SQL LIKE search PHP help desks use, and (3) a bare Lucene IndexSearcher on the same index (the
 * English fields only, as before, and every field our search reads), and prints the writing and the mass-indexing
 * rates, p50/p99 latency and queries per second at 1 and 2 threads with our five slowest queries, suggest latency,
 * and how soon a new article is searchable after its commit.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.ArticleSearchBenchmark \
 *     -Dexec.args="100000"
 * # -Dexec.args="100000 reuse" searches the database and index the last run left, without writing them again
 * }</pre>
 */
public final class ArticleSearchBenchmark {
    private static final Path HOME = Path.of("target", "article-search-benchmark");
    private static final Path RELEVANCE_SET = Path.of("knowledge-base/src/test/resources/relevance/queries.tsv");
    private static final int BATCH = 100;
    private static final int QUERIES = 2_000;
    private static final int LIKE_QUERIES = 40;
    private static final int PAGE = 10;

    private ArticleSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean reuse = args.length > 1 && args[1].equals("reuse") && Files.exists(HOME);
        String url = Jpa.h2Database(HOME, "kb", reuse);
        try (EntityManagerFactory factory = factory(url)) {
            List<DemoArticle> corpus = DemoArticles.load();
            if (!reuse) {
                writeAndReindex(factory, corpus, articles);
            }
            List<String> queries = queries(corpus, new SplittableRandom(7));
            for (int threads : new int[] {1, 2}) {
                Latencies.Timings ours = Latencies.run(
                        threads,
                        QUERIES,
                        queries,
                        q -> Jpa.inTransaction(
                                factory,
                                em -> new HibernateArticleSearch(em)
                                        .search(query(q))
                                        .total()));
                Latencies.report("our search, " + threads + " thread(s)", ours);
                if (threads == 1) {
                    Latencies.slowest(ours, queries);
                }
            }
            for (int threads : new int[] {1, 2}) {
                Latencies.report(
                        "suggest, " + threads + " thread(s)",
                        Latencies.run(
                                threads,
                                QUERIES,
                                prefixes(corpus),
                                p -> Jpa.inTransaction(factory, em -> (long) new HibernateArticleSearch(em)
                                        .suggest(p, Optional.empty(), Readers.AGENTS, 8)
                                        .size())));
            }
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(HOME.resolve("index/Article")))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Analyzer english = analyzer(factory, "kb_en");
                Analyzer perField = perFieldAnalyzer(factory);
                for (int threads : new int[] {1, 2}) {
                    Latencies.report(
                            "bare Lucene (English), " + threads + " thread(s)",
                            Latencies.run(threads, QUERIES, queries, q -> bare(searcher, englishQuery(english, q))));
                }
                for (int threads : new int[] {1, 2}) {
                    Latencies.report(
                            "bare Lucene (all fields), " + threads + " thread(s)",
                            Latencies.run(threads, QUERIES, queries, q -> bare(searcher, allFieldsQuery(perField, q))));
                }
            }
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                Latencies.report(
                        "SQL LIKE, 1 thread", Latencies.run(1, LIKE_QUERIES, queries, q -> like(connection, q)));
            }
            freshness(factory);
        }
    }

    /** Times writing (Hibernate Search indexes each commit) and then rebuilding the index with the mass indexer. */
    private static void writeAndReindex(EntityManagerFactory factory, List<DemoArticle> corpus, int articles) {
        long started = System.nanoTime();
        write(factory, corpus, articles);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Wrote and indexed %,d articles in %.1f s: %,.0f articles/s (batches of %d per transaction)%n",
                articles, seconds, articles / seconds, BATCH);
        started = System.nanoTime();
        Jpa.inTransaction(factory, em -> {
            try {
                Search.session(em).massIndexer(Article.class).startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return 0L;
        });
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Rebuilt the index from the database (mass indexer) in %.1f s: %,.0f articles/s%n",
                seconds, articles / seconds);
    }

    private static EntityManagerFactory factory(String url) {
        return new PersistenceConfiguration("article-search-benchmark")
                .provider(HibernatePersistenceProvider.class.getName())
                .managedClass(Article.class)
                .managedClass(ArticleVersion.class)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.id.optimizer.pooled.preferred", "pooled-lo")
                .property("hibernate.jdbc.batch_size", "50")
                .property("hibernate.order_inserts", "true")
                .property(
                        "hibernate.search.backend.directory.root",
                        HOME.resolve("index").toString())
                .property("hibernate.search.backend.analysis.configurer", "class:org.frontline.kb.search.KbAnalysis")
                .property("hibernate.search.mapping.configurer", "class:org.frontline.kb.search.ArticleSearchMapping")
                .createEntityManagerFactory();
    }

    /** Variations of the corpus: each gets a model number and sentences of two other articles in its language. */
    private static void write(EntityManagerFactory factory, List<DemoArticle> corpus, int count) {
        SplittableRandom random = new SplittableRandom(11);
        for (int from = 0; from < count; from += BATCH) {
            int first = from;
            Jpa.inTransaction(factory, em -> {
                ArticleService service = new ArticleService(new JpaArticleRepository(em), Clock.systemUTC());
                for (int i = first; i < Math.min(first + BATCH, count); i++) {
                    ArticleContent base = corpus.get(i % corpus.size()).content();
                    String extra = sameLanguageBody(corpus, base.language(), random) + " "
                            + sameLanguageBody(corpus, base.language(), random);
                    ArticleContent variant = new ArticleContent(
                            base.title() + " (model " + (i / corpus.size()) + ")",
                            base.summary(),
                            base.body() + "\n\n" + extra,
                            base.format(),
                            base.tags(),
                            base.product(),
                            base.category(),
                            base.language(),
                            base.audience());
                    long id =
                            service.write(variant, "bench", null, "bench", null).id();
                    service.publish(id, Optional.empty());
                }
                em.flush();
                em.clear();
                return 0L;
            });
        }
    }

    private static String sameLanguageBody(
            List<DemoArticle> corpus, ArticleLanguage language, SplittableRandom random) {
        while (true) {
            ArticleContent other = corpus.get(random.nextInt(corpus.size())).content();
            if (other.language() == language) {
                return other.body();
            }
        }
    }

    /** The relevance test set's agent queries, and two-word queries drawn from article titles. */
    private static List<String> queries(List<DemoArticle> corpus, SplittableRandom random) throws IOException {
        List<String> queries = new ArrayList<>();
        Path judged = Stream.of(RELEVANCE_SET, Path.of("..").resolve(RELEVANCE_SET))
                .filter(Files::exists)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Run from the project root: " + RELEVANCE_SET));
        Files.readAllLines(judged).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0])
                .forEach(queries::add);
        for (int i = 0; i < 200; i++) {
            List<String> words = Arrays.stream(corpus.get(random.nextInt(corpus.size()))
                            .content()
                            .title()
                            .toLowerCase(Locale.ROOT)
                            .split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> w.length() > 3)
                    .toList();
            if (words.size() >= 2) {
                queries.add(words.get(0) + " " + words.get(words.size() - 1));
            }
        }
        return queries;
    }

    private static List<String> prefixes(List<DemoArticle> corpus) {
        return corpus.stream()
                .map(a -> a.content().title())
                .map(t -> t.substring(0, Math.min(t.length(), 3 + t.length() / 3)))
                .toList();
    }

    private static ArticleQuery query(String text) {
        return new ArticleQuery(
                text,
                Optional.empty(),
                Set.of(),
                Set.of(),
                Set.of(),
                Optional.empty(),
                Readers.AGENTS,
                new PageRequest(0, PAGE));
    }

    /** What help desks without a search engine do: every word somewhere in title or body. */
    private static long like(Connection connection, String text) {
        return SqlLike.rows(
                connection,
                "select id from article where status = 'PUBLISHED'",
                List.of("title", "body"),
                List.of(text.toLowerCase(Locale.ROOT).split("\\s+")),
                "order by updated_at desc limit " + PAGE);
    }

    private static long bare(IndexSearcher searcher, Query query) {
        try {
            return searcher.search(query, PAGE).totalHits.value;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first floor: the English fields with the same boosts and analyzer, any word, top ten only. */
    private static Query englishQuery(Analyzer english, String text) {
        return new SimpleQueryParser(english, Map.of("title_en", 3f, "summary_en", 2f, "body_en", 1f)).parse(text);
    }

    /**
     * The floor for the same work: every field our search reads (four languages' titles, summaries and bodies, and
     * tags), the same boosts and analyzers, every word required as our first step does, top ten only: no facets,
     * snippets, fallbacks or Hibernate Search.
     */
    private static Query allFieldsQuery(Analyzer perField, String text) {
        Map<String, Float> weights = new HashMap<>();
        weights.put("tags_text", 2f);
        for (String language : List.of("en", "fr", "de", "es")) {
            weights.put("title_" + language, 3f);
            weights.put("summary_" + language, 2f);
            weights.put("body_" + language, 1f);
        }
        SimpleQueryParser parser = new SimpleQueryParser(perField, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    /** Each field's own analyzer, as the search mapping defines it. */
    private static Analyzer perFieldAnalyzer(EntityManagerFactory factory) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        analyzers.put("tags_text", analyzer(factory, "kb_spelling"));
        for (String language : List.of("en", "fr", "de", "es")) {
            Analyzer own = analyzer(factory, language.equals("en") ? "kb_en_query" : "kb_" + language);
            for (String field : List.of("title_", "summary_", "body_")) {
                analyzers.put(field + language, own);
            }
        }
        return new PerFieldAnalyzerWrapper(analyzer(factory, "kb_spelling"), analyzers);
    }

    private static Analyzer analyzer(EntityManagerFactory factory, String name) {
        return Search.mapping(factory)
                .backend()
                .unwrap(LuceneBackend.class)
                .analyzer(name)
                .orElseThrow(() -> new IllegalStateException("no analyzer " + name));
    }

    /** Writes an article with a word nobody used and times how long until a search finds it. */
    private static void freshness(EntityManagerFactory factory) {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String word = "freshword" + (char) ('a' + i) + "x";
            Jpa.inTransaction(factory, em -> {
                ArticleService service = new ArticleService(new JpaArticleRepository(em), Clock.systemUTC());
                long id = service.write(
                                new ArticleContent(
                                        "Fresh " + word,
                                        "",
                                        "About " + word,
                                        null,
                                        Set.of(),
                                        "",
                                        "",
                                        ArticleLanguage.EN,
                                        null),
                                "bench",
                                null,
                                "bench",
                                null)
                        .id();
                return service.publish(id, Optional.empty()).id();
            });
            long committed = System.nanoTime();
            while (Jpa.inTransaction(
                            factory,
                            em -> new HibernateArticleSearch(em)
                                    .search(query(word))
                                    .total())
                    == 0) {
                Thread.onSpinWait();
            }
            delays.add((System.nanoTime() - committed) / 1_000);
        }
        delays.sort(Comparator.naturalOrder());
        System.out.printf(
                "New article searchable after its commit: median %.2f ms, max %.2f ms (20 articles)%n",
                delays.get(delays.size() / 2) / 1000.0, delays.getLast() / 1000.0);
    }
}
