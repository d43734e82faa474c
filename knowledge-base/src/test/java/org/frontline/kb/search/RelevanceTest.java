package org.frontline.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.demo.DemoArticles;
import org.frontline.kb.demo.DemoArticles.DemoArticle;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.ArticleHit;
import org.frontline.kb.domain.search.ArticleQuery;
import org.frontline.kb.domain.search.Readers;
import org.junit.jupiter.api.Test;

/**
 * Search quality on the demo corpus: for each query agents really type (typos, synonyms, other languages) one of the
 * expected articles must rank in the top 3. Prints hit rate at 3, precision at 3 and mean reciprocal rank (over the
 * top 10) with every miss, and fails if hit@3 or MRR fall below a floor just under what the search achieves today.
 */
class RelevanceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final int TOP = 3;
    private static final int DEPTH = 10;
    /** Today 0.986 (one miss in 72) and 0.979: two more misses, or right articles sliding down the list, fail. */
    private static final double MIN_HIT_RATE = 0.97;

    private static final double MIN_MRR = 0.95;

    /** One line of queries.tsv. */
    private record Judged(String query, Optional<ArticleLanguage> language, List<String> expected) {

        boolean accepts(String key) {
            return expected.stream()
                    .anyMatch(e -> e.endsWith("@*") ? key.startsWith(e.substring(0, e.length() - 1)) : e.equals(key));
        }
    }

    @Test
    void agentsFindTheRightArticleInTheTopThree() throws IOException {
        List<Judged> judged = queries();
        try (KnowledgeBase kb = new KnowledgeBase(CLOCK)) {
            Map<Long, String> keys = kb.inTransaction(s -> {
                Map<Long, String> byId = new HashMap<>();
                for (DemoArticle article : DemoArticles.load()) {
                    long id = s.articles()
                            .write(article.content(), "Knowledge team", null, "test", "demo corpus")
                            .id();
                    s.articles().publish(id, Optional.empty());
                    byId.put(id, article.key());
                }
                return byId;
            });
            int hits = 0;
            double precision = 0;
            double reciprocalRanks = 0;
            List<String> misses = new ArrayList<>();
            for (Judged q : judged) {
                List<String> ranked = kb
                        .inTransaction(s -> s.search()
                                .search(new ArticleQuery(
                                        q.query(),
                                        q.language(),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        Optional.empty(),
                                        Readers.AGENTS,
                                        new PageRequest(0, DEPTH)))
                                .hits())
                        .stream()
                        .map(ArticleHit::id)
                        .map(keys::get)
                        .toList();
                int rank = 0;
                for (int i = 0; i < ranked.size() && rank == 0; i++) {
                    if (q.accepts(ranked.get(i))) {
                        rank = i + 1;
                    }
                }
                long relevantInTop =
                        ranked.stream().limit(TOP).filter(q::accepts).count();
                precision += (double) relevantInTop / TOP;
                reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
                if (rank >= 1 && rank <= TOP) {
                    hits++;
                } else {
                    misses.add("  " + q.query() + " ["
                            + q.language().map(ArticleLanguage::code).orElse("-") + "] rank "
                            + (rank == 0 ? ">" + DEPTH : rank) + ", top: "
                            + ranked.stream().limit(TOP).toList());
                }
            }
            double hitRate = (double) hits / judged.size();
            double mrr = reciprocalRanks / judged.size();
            System.out.printf(
                    "Relevance on %d articles, %d queries: hit@3 %.3f, precision@3 %.3f, MRR@10 %.3f%n%s%n",
                    keys.size(), judged.size(), hitRate, precision / judged.size(), mrr, String.join("\n", misses));

            assertThat(judged).hasSizeGreaterThanOrEqualTo(50);
            assertThat(hitRate)
                    .as("share of queries with a right article in the top 3")
                    .isGreaterThanOrEqualTo(MIN_HIT_RATE);
            assertThat(mrr).as("mean reciprocal rank").isGreaterThanOrEqualTo(MIN_MRR);
        }
    }

    private static List<Judged> queries() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cells -> new Judged(
                            cells[0],
                            cells[1].equals("-")
                                    ? Optional.empty()
                                    : Optional.of(ArticleLanguage.ofCode("language", cells[1])),
                            Arrays.asList(cells[2].split(","))))
                    .toList();
        }
    }
}
