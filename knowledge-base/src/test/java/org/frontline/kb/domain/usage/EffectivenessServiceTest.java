package org.frontline.kb.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.Articles;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Effectiveness figures worked out by hand on a few cases, then computed from a real database and index. */
class EffectivenessServiceTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-02T09:00:00Z"));
    private final KnowledgeBase kb = new KnowledgeBase(clock);

    @AfterEach
    void close() {
        kb.close();
    }

    /**
     * Linked: A (one contact, resolved, held: a first-contact resolution), B (one contact, reopened two days after its
     * resolution: neither), C (still open: undecided). Similar printer cases without an article: D and E, each
     * resolved after two contacts (no first-contact resolution). An unrelated refund case with one contact stays out
     * of the comparison. Resolution rate 1 of 2; first-contact resolution 1 of 2 with the article, 0 of 2 without:
     * a lift of 0.5.
     */
    @Test
    void comparesLinkedCasesWithSimilarCasesThatHadNoArticle() {
        long article = kb.inTransaction(
                s -> Articles.published(s, "Printer shows offline", "Reconnect the printer to the Wi-Fi", null));
        List<Long> linked = kb.inTransaction(s -> List.of(
                s.cases().raise("Printer offline", "my printer says offline", 1).id(),
                s.cases()
                        .raise("Printer offline again", "the printer is offline", 1)
                        .id(),
                s.cases()
                        .raise("Printer offline at home", "offline since Monday", 1)
                        .id()));
        List<Long> without = kb.inTransaction(s -> List.of(
                s.cases()
                        .raise("Printer offline after update", "printer offline", 2)
                        .id(),
                s.cases().raise("Office printer offline", "cannot print", 2).id(),
                s.cases()
                        .raise("Refund for my order", "I want my money back", 1)
                        .id()));
        kb.inTransaction(s -> {
            s.cases().resolve(linked.get(0));
            s.cases().resolve(linked.get(1));
            without.forEach(s.cases()::resolve);
            return null;
        });
        clock.advance(Duration.ofDays(2));
        kb.inTransaction(s -> {
            s.cases().reopen(linked.get(1));
            linked.forEach(id -> s.usage().link(article, id, "ana"));
            return null;
        });
        clock.advance(Duration.ofDays(10));

        ArticleEffectiveness effectiveness =
                kb.inTransaction(s -> s.effectiveness().of(article));

        assertThat(effectiveness.links()).isEqualTo(3);
        assertThat(effectiveness.resolutionRate()).isEqualTo(new Share(1, 2));
        assertThat(effectiveness.undecidedCases()).isEqualTo(1);
        assertThat(effectiveness.firstContactResolution()).isEqualTo(new Share(1, 2));
        assertThat(effectiveness.similarCasesWithout()).isEqualTo(new Share(0, 2));
        assertThat(effectiveness.firstContactResolutionLift()).contains(0.5);
    }

    @Test
    void reportsPublishedArticlesMostLinkedFirstThenMostViewed() {
        long quiet = kb.inTransaction(s -> Articles.published(s, "Change your address", "In your profile", null));
        long read = kb.inTransaction(s -> Articles.published(s, "Download an invoice", "From the billing page", null));
        long linked = kb.inTransaction(s -> Articles.published(s, "Reset your password", "Self-service", null));
        long caseId = kb.inTransaction(
                s -> s.cases().raise("Cannot log in", "password", 1).id());
        kb.inTransaction(s -> {
            s.usage().link(linked, caseId, "ana");
            s.usage().view(read, Optional.empty());
            s.usage().view(read, Optional.empty());
            return null;
        });

        var report = kb.inTransaction(s -> s.effectiveness().report(new PageRequest(0, 10)));

        assertThat(report.items()).extracting(ArticleEffectiveness::articleId).containsExactly(linked, read, quiet);
        assertThat(report.items().get(1).views()).isEqualTo(2);
    }
}
