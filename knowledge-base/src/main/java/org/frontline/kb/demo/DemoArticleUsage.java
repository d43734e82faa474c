package org.frontline.kb.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.ArticleHit;
import org.frontline.kb.domain.search.ArticleQuery;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.domain.search.ArticleSearchResult;
import org.frontline.kb.domain.search.Readers;
import org.frontline.kb.domain.usage.ArticleView;
import org.frontline.kb.domain.usage.CaseLink;
import org.frontline.kb.domain.usage.SearchRecord;
import org.frontline.kb.domain.usage.UsageRepository;
import org.frontline.kb.domain.usage.Vote;

/**
 * Believable use of the demo knowledge base, so its reports have something to show on first start: agents link the
 * article most related to half the resolved cases (at the resolution), readers vote (one article souring lately) and
 * read, and a month of searches includes needs the knowledge base does not meet (no result, or results nobody opens).
 */
public final class DemoArticleUsage {
    private static final double LINKED_SHARE = 0.5;
    private static final Duration MONTH = Duration.ofDays(30);
    private static final int SEARCHES = 400;
    private static final double CLICKED_SHARE = 0.6;
    /** What agents look for that no demo article covers, and what they find but never open. */
    private static final List<String> UNMET =
            List.of("esim activation", "activate esim", "dark mode", "pay invoice with paypal", "invoice paypal");

    private static final List<String> UNOPENED = List.of("warranty", "warranty period");
    private static final List<String> MET = List.of(
            "reset password",
            "refund",
            "router restarts",
            "vpn drops",
            "change billing address",
            "invoice copy",
            "factory reset",
            "firmware update",
            "two-factor authentication",
            "return label");

    private final UsageRepository usage;
    private final ArticleSearch search;
    private final SplittableRandom random;

    public DemoArticleUsage(UsageRepository usage, ArticleSearch search, SplittableRandom random) {
        this.usage = Objects.requireNonNull(usage, "usage");
        this.search = Objects.requireNonNull(search, "search");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A demo case that was resolved: what it was about, in which language, who resolved it and when. */
    public record ResolvedCase(
            long caseId,
            String subject,
            String description,
            Optional<ArticleLanguage> language,
            String agent,
            Instant resolvedAt) {}

    /** What was written, for the start-up log. */
    public record Written(int links, int votes, int searches) {}

    public Written write(List<ResolvedCase> cases, Instant now) {
        Map<Long, List<Instant>> linked = new LinkedHashMap<>();
        int links = 0;
        for (ResolvedCase c : cases) {
            if (random.nextDouble() >= LINKED_SHARE) {
                continue;
            }
            List<ArticleHit> best = search.relatedTo(c.subject(), c.description(), c.language(), Readers.AGENTS, 1);
            if (!best.isEmpty()) {
                long article = best.getFirst().id();
                usage.addLink(new CaseLink(article, c.caseId(), c.agent(), c.resolvedAt()));
                linked.computeIfAbsent(article, a -> new ArrayList<>()).add(c.resolvedAt());
                links++;
            }
        }
        int votes = vote(linked, now);
        return new Written(links, votes, searches(now));
    }

    /**
     * Readers of each linked article vote a few times after each use, most finding it helpful; the most used article
     * helped everyone until a month ago and hardly anyone since, as happens when a product changes under it.
     */
    private int vote(Map<Long, List<Instant>> linked, Instant now) {
        long souring = linked.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
                .map(Map.Entry::getKey)
                .orElse(-1L);
        int votes = 0;
        for (Map.Entry<Long, List<Instant>> article : linked.entrySet()) {
            double helpful = 0.6 + 0.35 * random.nextDouble();
            for (Instant used : article.getValue()) {
                for (int i = random.nextInt(3); i >= 0; i--) {
                    Instant at = used.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
                    boolean recent = at.isAfter(now.minus(MONTH));
                    boolean yes = article.getKey() == souring ? !recent : random.nextDouble() < helpful;
                    usage.addVote(new Vote(article.getKey(), Optional.empty(), yes, at.isAfter(now) ? now : at));
                    usage.addView(new ArticleView(article.getKey(), Optional.empty(), at.isAfter(now) ? now : at));
                    votes++;
                }
            }
        }
        return votes;
    }

    /** A month of searches: mostly met needs, many of them opened, and the unmet ones of {@link #UNMET}. */
    private int searches(Instant now) {
        Map<String, ArticleSearchResult> found = new HashMap<>();
        for (int i = 0; i < SEARCHES; i++) {
            double roll = random.nextDouble();
            List<String> pool = roll < 0.08 ? UNMET : roll < 0.12 ? UNOPENED : MET;
            String query = pool.get(random.nextInt(pool.size()));
            ArticleSearchResult result = found.computeIfAbsent(query, this::searched);
            Instant at = now.minus(Duration.ofMinutes(random.nextLong(MONTH.toMinutes())));
            SearchRecord searched = usage.addSearch(new SearchRecord(
                    query,
                    search.topicOf(query, Optional.of(ArticleLanguage.EN)),
                    Optional.of(ArticleLanguage.EN),
                    Readers.AGENTS,
                    result.total(),
                    at));
            if (pool == MET && !result.hits().isEmpty() && random.nextDouble() < CLICKED_SHARE) {
                usage.addView(new ArticleView(result.hits().getFirst().id(), Optional.of(searched.id()), at));
            }
        }
        return SEARCHES;
    }

    private ArticleSearchResult searched(String query) {
        return search.search(new ArticleQuery(
                query,
                Optional.of(ArticleLanguage.EN),
                Set.of(),
                Set.of(),
                Set.of(),
                Optional.empty(),
                Readers.AGENTS,
                new PageRequest(0, 10)));
    }
}
