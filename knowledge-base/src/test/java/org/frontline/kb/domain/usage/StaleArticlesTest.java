package org.frontline.kb.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.Articles;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StaleArticlesTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-10-01T09:00:00Z"));
    private final KnowledgeBase kb = new KnowledgeBase(clock);

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void flagsPastReviewFallingHelpfulnessAndReopenedCasesButNotAHealthyArticle() {
        long overdue = kb.inTransaction(
                s -> Articles.published(s, "Old pricing", "Prices of 2025", LocalDate.parse("2026-10-15")));
        long souring = kb.inTransaction(s -> Articles.published(s, "Pair a headset", "Bluetooth pairing", null));
        long failing = kb.inTransaction(s -> Articles.published(s, "Fix the router", "Restart it", null));
        long healthy = kb.inTransaction(
                s -> Articles.published(s, "Reset your password", "Self-service", LocalDate.parse("2027-06-01")));
        List<Long> routerCases = kb.inTransaction(s -> List.of(
                s.cases().raise("Router down", "no internet", 1).id(),
                s.cases().raise("Router down again", "no internet", 1).id()));
        kb.inTransaction(s -> {
            for (int i = 0; i < 5; i++) {
                s.usage().vote(souring, true, Optional.empty());
                s.usage().vote(healthy, true, Optional.empty());
            }
            routerCases.forEach(id -> {
                s.cases().resolve(id);
                s.usage().link(failing, id, "ana");
            });
            return null;
        });
        clock.advance(Duration.ofDays(3));
        kb.inTransaction(s -> {
            routerCases.forEach(s.cases()::reopen);
            return null;
        });
        clock.advance(Duration.ofDays(40));
        kb.inTransaction(s -> {
            for (int i = 0; i < 5; i++) {
                s.usage().vote(souring, i == 0, Optional.empty());
                s.usage().vote(healthy, true, Optional.empty());
            }
            return null;
        });

        Map<Long, List<StaleReason>> stale =
                kb.inTransaction(s -> s.stale().find(new PageRequest(0, 10))).items().stream()
                        .collect(Collectors.toMap(
                                StaleArticle::articleId,
                                a -> a.findings().stream()
                                        .map(StaleFinding::reason)
                                        .toList()));

        assertThat(stale)
                .containsOnlyKeys(overdue, souring, failing)
                .containsEntry(overdue, List.of(StaleReason.PAST_REVIEW_DATE))
                .containsEntry(souring, List.of(StaleReason.FALLING_HELPFULNESS))
                .containsEntry(failing, List.of(StaleReason.LINKED_CASES_REOPENING));
    }

    @Test
    void aFallNeedsEnoughVotesOnBothSidesAndMoreThanChance() {
        assertThat(StaleArticles.isFalling(new VoteTrend(1, new Share(5, 5), new Share(1, 5))))
                .isTrue();
        assertThat(StaleArticles.isFalling(new VoteTrend(1, new Share(4, 4), new Share(0, 5))))
                .as("too few votes before")
                .isFalse();
        assertThat(StaleArticles.isFalling(new VoteTrend(1, new Share(5, 5), new Share(4, 5))))
                .as("a small drop")
                .isFalse();
        assertThat(StaleArticles.isFalling(new VoteTrend(1, new Share(7, 15), new Share(1, 5))))
                .as("47% to 20% on 20 votes: z = 1.05, chance explains it")
                .isFalse();
    }

    /** Worked by hand: 20 of 22 then 10 of 15; pooled 30/37; z = (0.909 - 0.667) / 0.1313 = 1.85. */
    @Test
    void computesTheTwoProportionZStatistic() {
        assertThat(StaleArticles.z(new VoteTrend(1, new Share(20, 22), new Share(10, 15))))
                .isCloseTo(1.846, Offset.offset(0.01));
    }
}
