package org.frontline.kb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.TestClock;
import org.frontline.kb.demo.DemoArticleUsage.ResolvedCase;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.usage.ArticleEffectiveness;
import org.frontline.kb.domain.usage.ContentGapReport;
import org.frontline.kb.domain.usage.StaleArticle;
import org.frontline.kb.domain.usage.StaleFinding;
import org.frontline.kb.domain.usage.StaleReason;
import org.junit.jupiter.api.Test;

/** The demo's use of its knowledge base gives every report something to show. */
class DemoArticleUsageTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final List<String> SUBJECTS = List.of(
            "Password reset email never arrives",
            "Refund not received",
            "Router restarts by itself",
            "VPN drops every few minutes",
            "Change of billing address");

    @Test
    void linksVotesAndSearchesFeedTheEffectivenessGapAndStaleReports() {
        try (KnowledgeBase kb = new KnowledgeBase(new TestClock(NOW))) {
            kb.inTransaction(s -> {
                DemoArticles.load()
                        .forEach(a -> s.articles()
                                .publish(
                                        s.articles()
                                                .write(a.content(), "team", null, "test", "demo")
                                                .id(),
                                        Optional.empty()));
                return null;
            });
            List<ResolvedCase> resolved = kb.inTransaction(s -> {
                List<ResolvedCase> cases = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String subject = SUBJECTS.get(i % SUBJECTS.size());
                    long id = s.cases().raise(subject, subject.toLowerCase(), 1).id();
                    cases.add(new ResolvedCase(
                            id,
                            subject,
                            subject.toLowerCase(),
                            Optional.of(ArticleLanguage.EN),
                            "Ana",
                            NOW.minus(Duration.ofHours(10L * i))));
                }
                return cases;
            });

            DemoArticleUsage.Written written = kb.inTransaction(
                    s -> new DemoArticleUsage(s.records(), s.search(), new SplittableRandom(1)).write(resolved, NOW));

            List<ArticleEffectiveness> top = kb.inTransaction(
                    s -> s.effectiveness().report(new PageRequest(0, 3)).items());
            ContentGapReport gaps = kb.inTransaction(s -> s.gaps().report(Optional.empty(), 2, 20));
            List<StaleArticle> stale =
                    kb.inTransaction(s -> s.stale().find(new PageRequest(0, 20)).items());
            assertThat(written.links()).isBetween(60, 140);
            assertThat(top.getFirst().links()).isPositive();
            assertThat(top.getFirst().helpfulVotes().outOf()).isPositive();
            assertThat(gaps.searches()).isEqualTo(written.searches());
            assertThat(gaps.noResult().size() + gaps.lowClick().size()).isPositive();
            assertThat(stale)
                    .flatExtracting(StaleArticle::findings)
                    .extracting(StaleFinding::reason)
                    .contains(StaleReason.FALLING_HELPFULNESS);
        }
    }
}
