package org.frontline.kb.domain.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleRepository;

/**
 * Finds published articles that need their owner: past their review-by date, helpful to fewer readers lately than
 * before, or linked to cases that keep being reopened. Each finding carries the figures behind it.
 */
public class StaleArticles {
    /** Recent votes and links: the last 30 and 90 days. */
    static final Duration RECENT_VOTES = Duration.ofDays(30);

    static final Duration RECENT_LINKS = Duration.ofDays(90);
    /** Fewer votes than this on either side say nothing about a trend. */
    static final long MIN_VOTES = 5;
    /** A drop of this many points in the helpful share is a fall. */
    static final double HELPFULNESS_DROP = 0.2;
    /** The one-sided 95% point of the normal distribution. */
    static final double Z_95 = 1.645;
    /** Reopened linked cases: at least this many, and at least this share of the decided ones. */
    static final long MIN_REOPENED = 2;

    static final double REOPENED_SHARE = 0.3;
    /** The most articles one report considers: refine by owner or product in the article list beyond that. */
    static final int MAX_DUE = 1000;

    private final ArticleRepository articles;
    private final UsageRepository usage;
    private final CaseOutcomes cases;
    private final Clock clock;

    public StaleArticles(ArticleRepository articles, UsageRepository usage, CaseOutcomes cases, Clock clock) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stale published articles by id, with every reason each one is stale. */
    public Page<StaleArticle> find(PageRequest request) {
        Instant now = clock.instant();
        Map<Long, List<StaleFinding>> findings = new HashMap<>();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (long id : usage.dueForReview(today, MAX_DUE)) {
            add(findings, id, new StaleFinding(StaleReason.PAST_REVIEW_DATE, "review was due before " + today));
        }
        for (VoteTrend trend : usage.voteTrends(now.minus(RECENT_VOTES))) {
            if (isFalling(trend)) {
                add(findings, trend.articleId(), new StaleFinding(StaleReason.FALLING_HELPFULNESS, describe(trend)));
            }
        }
        Map<Long, List<Long>> linked = usage.linksSince(now.minus(RECENT_LINKS));
        Map<Long, CaseOutcome> outcomes =
                cases.of(linked.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        linked.forEach((articleId, caseIds) -> {
            Share held = Share.of(caseIds.stream()
                    .map(outcomes::get)
                    .filter(Objects::nonNull)
                    .map(CaseOutcome::resolutionHeld)
                    .toList());
            long reopened = held.outOf() - held.count();
            if (reopened >= MIN_REOPENED && reopened >= REOPENED_SHARE * held.outOf()) {
                add(
                        findings,
                        articleId,
                        new StaleFinding(
                                StaleReason.LINKED_CASES_REOPENING,
                                reopened + " of " + held.outOf() + " cases linked in the last " + RECENT_LINKS.toDays()
                                        + " days were reopened within the reopen window"));
            }
        });
        List<Long> published = articles.publishedAmong(findings.keySet());
        List<StaleArticle> page =
                articles
                        .findAll(published.stream()
                                .skip(request.offset())
                                .limit(request.size())
                                .toList())
                        .stream()
                        .map(a -> stale(a, findings.get(a.id())))
                        .toList();
        return Page.of(page, request, published.size());
    }

    /**
     * A drop of at least {@value #HELPFULNESS_DROP} in the helpful share, with enough votes on both sides, that chance
     * explains poorly: a one-sided two-proportion z-test at 95% (z of at least {@value #Z_95}).
     */
    static boolean isFalling(VoteTrend trend) {
        return trend.before().outOf() >= MIN_VOTES
                && trend.recent().outOf() >= MIN_VOTES
                && trend.before().value().orElseThrow() - trend.recent().value().orElseThrow() >= HELPFULNESS_DROP
                && z(trend) >= Z_95;
    }

    /** The two-proportion z statistic of the fall, with the pooled share; infinite when every vote agreed. */
    static double z(VoteTrend trend) {
        Share before = trend.before();
        Share recent = trend.recent();
        double pooled = (double) (before.count() + recent.count()) / (before.outOf() + recent.outOf());
        double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / before.outOf() + 1.0 / recent.outOf()));
        double fall = before.value().orElseThrow() - recent.value().orElseThrow();
        return error == 0 ? Double.POSITIVE_INFINITY : fall / error;
    }

    private static String describe(VoteTrend trend) {
        return "helpful " + trend.recent().count() + " of " + trend.recent().outOf() + " votes in the last "
                + RECENT_VOTES.toDays() + " days, " + trend.before().count() + " of "
                + trend.before().outOf()
                + " before (z = " + String.format(Locale.ROOT, "%.2f", z(trend)) + ")";
    }

    private static void add(Map<Long, List<StaleFinding>> findings, long articleId, StaleFinding finding) {
        findings.computeIfAbsent(articleId, id -> new ArrayList<>()).add(finding);
    }

    private static StaleArticle stale(Article article, List<StaleFinding> findings) {
        return new StaleArticle(article.id(), article.title(), article.owner(), article.reviewBy(), findings);
    }
}
