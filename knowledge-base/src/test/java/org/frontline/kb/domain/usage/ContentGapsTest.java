package org.frontline.kb.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.kb.Articles;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.TestClock;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.Readers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContentGapsTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final KnowledgeBase kb = new KnowledgeBase(clock);

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void groupsTheSameNeedTypedDifferentlyAndFindsSearchesNobodyClicked() {
        long article = kb.inTransaction(s -> Articles.published(s, "Reset your password", "Self-service", null));
        kb.inTransaction(s -> {
            search(s, "printers offline", 0);
            search(s, "Printer is OFFLINE", 0);
            search(s, "refund", 0);
            for (int i = 0; i < 3; i++) {
                search(s, "password", 2);
            }
            SearchRecord clicked = search(s, "reset password", 2);
            search(s, "reset password", 2);
            s.usage().view(article, Optional.of(clicked.id()));
            return null;
        });

        ContentGapReport report = kb.inTransaction(s -> s.gaps().report(Optional.empty(), 2, 10));

        assertThat(report.searches()).isEqualTo(8);
        assertThat(report.noResult()).singleElement().satisfies(gap -> {
            assertThat(gap.topic()).isEqualTo("offlin printer");
            assertThat(gap.searches()).isEqualTo(2);
        });
        assertThat(report.lowClick()).singleElement().satisfies(gap -> {
            assertThat(gap.topic()).isEqualTo("password");
            assertThat(gap.clickThrough()).isEqualTo(new Share(0, 3));
        });
    }

    @Test
    void refusesAThresholdBelowOneSearch() {
        assertThatThrownBy(() -> kb.inTransaction(s -> s.gaps().report(Optional.empty(), 0, 10)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("minSearches");
    }

    private static SearchRecord search(KnowledgeBase.Services s, String query, long hits) {
        return s.usage()
                .recordSearch(
                        query,
                        s.search().topicOf(query, Optional.of(ArticleLanguage.EN)),
                        Optional.of(ArticleLanguage.EN),
                        Readers.AGENTS,
                        hits);
    }
}
