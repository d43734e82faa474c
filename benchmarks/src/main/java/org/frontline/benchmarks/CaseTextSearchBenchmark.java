package org.frontline.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentStatusInterval;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.shared.Money;
import org.frontline.core.domain.team.Team;
import org.frontline.kb.demo.DemoArticles;
import org.frontline.kb.demo.DemoArticles.DemoArticle;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.search.HibernateSimilarCases;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

/**
 * Measures searching case texts at help-desk scale: writes N cases (default 1,000,000) whose subjects and descriptions
 * are drawn from the demo knowledge base's titles and sentences in four languages straight into a fresh H2 file
 * database, rebuilds their index with the mass indexer, then asks for the cases most like 200 articles (title and
 * summary: what an article's first-contact-resolution lift compares against) through (1) our similar-case search,
 * (2) a bare Lucene IndexSearcher over the same index and analyzer, and (3) the SQL LIKE search help desks without a
 * search engine run, and prints the rates and p50/p99 latencies.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.CaseTextSearchBenchmark \
 *     -Dexec.args="1000000"
 * # -Dexec.args="1000000 reuse" searches the database and index the last run left
 * }</pre>
 */
public final class CaseTextSearchBenchmark {
    private static final Path HOME = Path.of("target", "case-text-search-benchmark");
    private static final int BATCH = 1_000;
    private static final int QUERIES = 2_000;
    private static final int LIKE_QUERIES = 20;
    private static final int SIMILAR = 100;
    private static final int MIN_PERCENT = 25;
    private static final int FEW_WORDS = 3;

    private CaseTextSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean reuse = args.length > 1 && args[1].equals("reuse") && Files.exists(HOME);
        String url = Jpa.h2Database(HOME, "cases", reuse);
        List<DemoArticle> corpus = DemoArticles.load();
        try (EntityManagerFactory factory = factory(url)) {
            if (!reuse) {
                writeAndIndex(url, factory, corpus, cases);
            }
            List<String> queries = queries(corpus, new SplittableRandom(5));
            for (int threads : new int[] {1, 2}) {
                Latencies.Timings ours = Latencies.run(
                        threads,
                        QUERIES,
                        queries,
                        q -> Jpa.inTransaction(factory, em -> (long) new HibernateSimilarCases(em)
                                .similarTo(q, SIMILAR)
                                .size()));
                Latencies.report("similar cases, " + threads + " thread(s)", ours);
                if (threads == 1) {
                    Latencies.slowest(ours, queries);
                }
            }
            Analyzer analyzer = Search.mapping(factory)
                    .backend()
                    .unwrap(LuceneBackend.class)
                    .analyzer("kb_case_text")
                    .orElseThrow();
            try (DirectoryReader reader =
                    DirectoryReader.open(FSDirectory.open(HOME.resolve("index").resolve("SupportCase")))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int threads : new int[] {1, 2}) {
                    Latencies.report(
                            "bare Lucene, " + threads + " thread(s)", Latencies.run(threads, QUERIES, queries, q -> {
                                try {
                                    return (long) searcher.search(bareQuery(analyzer, q), SIMILAR).scoreDocs.length;
                                } catch (IOException e) {
                                    throw new IllegalStateException(e);
                                }
                            }));
                }
            }
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                Latencies.report(
                        "SQL LIKE, 1 thread", Latencies.run(1, LIKE_QUERIES, queries, q -> like(connection, q)));
            }
        }
    }

    private static void writeAndIndex(String url, EntityManagerFactory factory, List<DemoArticle> corpus, int count)
            throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            write(connection, corpus, count);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Wrote %,d cases in %.1f s: %,.0f cases/s (JDBC batches)%n", count, seconds, count / seconds);
        started = System.nanoTime();
        Jpa.inTransaction(factory, em -> {
            try {
                Search.session(em)
                        .massIndexer(Case.class)
                        .threadsToLoadObjects(2)
                        .startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return 0L;
        });
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Indexed them from the database (mass indexer) in %.1f s: %,.0f cases/s%n", seconds, count / seconds);
    }

    /** One customer, then cases titled like an article, described with two sentences of its language. */
    private static void write(Connection connection, List<DemoArticle> corpus, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement customer = connection.prepareStatement(
                "insert into customer (id, version, name, preferred_language, time_zone, value_tier, created_at,"
                        + " updated_at) values (1, 0, 'Bench', 'en', 'UTC', 'SILVER', ?, ?)")) {
            customer.setTimestamp(1, now);
            customer.setTimestamp(2, now);
            customer.executeUpdate();
        }
        Map<ArticleLanguage, List<String>> sentences = sentences(corpus);
        SplittableRandom random = new SplittableRandom(3);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into support_case (id, version, customer_id, subject, description, case_type, priority,"
                        + " status, support_tier, reopen_count, created_at)"
                        + " values (?, 0, 1, ?, ?, 'QUESTION', 'P3', 'NEW', 'L1', 0, ?)")) {
            for (int i = 1; i <= count; i++) {
                DemoArticle about = corpus.get(random.nextInt(corpus.size()));
                List<String> own = sentences.get(about.content().language());
                insert.setLong(1, i);
                insert.setString(2, about.content().title());
                insert.setString(
                        3, own.get(random.nextInt(own.size())) + ". " + own.get(random.nextInt(own.size())) + ".");
                insert.setTimestamp(4, now);
                insert.addBatch();
                if (i % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static Map<ArticleLanguage, List<String>> sentences(List<DemoArticle> corpus) {
        Map<ArticleLanguage, List<String>> sentences = new EnumMap<>(ArticleLanguage.class);
        for (DemoArticle article : corpus) {
            Arrays.stream(article.content().body().split("[.\\n]+"))
                    .map(String::strip)
                    .filter(s -> s.length() > 20 && s.length() < 300)
                    .forEach(s -> sentences
                            .computeIfAbsent(article.content().language(), l -> new ArrayList<>())
                            .add(s));
        }
        return sentences;
    }

    /** What an article's lift compares against: the cases most like its title and summary. */
    private static List<String> queries(List<DemoArticle> corpus, SplittableRandom random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            DemoArticle article = corpus.get(random.nextInt(corpus.size()));
            queries.add(article.content().title() + " " + article.content().summary());
        }
        return queries;
    }

    /** The same words against the same fields and analyzer: subject counted double, a quarter of the words needed. */
    private static Query bareQuery(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("description", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < 32) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : List.of("subject", "description")) {
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            words.forEach(w -> inField.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD));
            if (words.size() > FEW_WORDS) {
                inField.setMinimumNumberShouldMatch(words.size() * MIN_PERCENT / 100);
            }
            Query query = inField.build();
            any.add(field.equals("subject") ? new BoostQuery(query, 2f) : query, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** What help desks without a search engine do: every longer word of the title in the subject or description. */
    private static long like(Connection connection, String text) {
        return SqlLike.rows(
                connection,
                "select id from support_case where 1 = 1",
                List.of("subject", "description"),
                Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
                        .filter(w -> w.length() > 3)
                        .limit(4)
                        .toList(),
                "order by created_at desc limit " + SIMILAR);
    }

    private static EntityManagerFactory factory(String url) {
        return new PersistenceConfiguration("case-text-search-benchmark")
                .provider(HibernatePersistenceProvider.class.getName())
                .managedClass(Case.class)
                .managedClass(Customer.class)
                .managedClass(Money.class)
                .managedClass(Team.class)
                .managedClass(Agent.class)
                .managedClass(AgentStatusInterval.class)
                .managedClass(Skill.class)
                .managedClass(LanguageSkill.class)
                .managedClass(ChannelSkill.class)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property("hibernate.hbm2ddl.auto", "validate")
                .property(
                        "hibernate.search.backend.directory.root",
                        HOME.resolve("index").toString())
                .property("hibernate.search.backend.analysis.configurer", "class:org.frontline.kb.search.KbAnalysis")
                .property("hibernate.search.mapping.configurer", "class:org.frontline.kb.search.CaseSearchMapping")
                .createEntityManagerFactory();
    }
}
