package org.frontline.kb.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.Articles;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.TestClock;
import org.frontline.kb.domain.search.Readers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Links, votes, views and searches kept in a real database. */
class UsageServiceTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final KnowledgeBase kb = new KnowledgeBase(clock);

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void linkingTheSameArticleToTheSameCaseTwiceKeepsTheFirstLink() {
        long article = kb.inTransaction(s -> Articles.published(s, "Reset your password", "Self-service", null));
        long caseId = kb.inTransaction(
                s -> s.cases().raise("Cannot log in", "forgot password", 1).id());

        kb.inTransaction(s -> s.usage().link(article, caseId, "ana"));
        CaseLink again = kb.inTransaction(s -> s.usage().link(article, caseId, "bob"));

        long links = kb.inTransaction(
                s -> s.usage().links(article, new PageRequest(0, 10)).totalItems());
        List<CaseLink> ofCase = kb.inTransaction(s -> s.usage().linksOfCase(caseId));

        assertThat(again.linkedBy()).isEqualTo("ana");
        assertThat(links).isEqualTo(1);
        assertThat(ofCase).extracting(CaseLink::articleId).containsExactly(article);
    }

    @Test
    void refusesLinksToCasesOrArticlesThatDoNotExistAndUnlinksOnRequest() {
        long article = kb.inTransaction(s -> Articles.published(s, "Reset your password", "Self-service", null));
        long caseId = kb.inTransaction(
                s -> s.cases().raise("Cannot log in", "forgot password", 1).id());

        assertThatThrownBy(() -> kb.inTransaction(s -> s.usage().link(article, 999_999, "ana")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("case");
        assertThatThrownBy(() -> kb.inTransaction(s -> s.usage().link(999_999, caseId, "ana")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("article");

        kb.inTransaction(s -> s.usage().link(article, caseId, "ana"));
        kb.inTransaction(s -> {
            s.usage().unlink(article, caseId);
            return null;
        });
        List<CaseLink> left = kb.inTransaction(s -> s.usage().linksOfCase(caseId));
        assertThat(left).isEmpty();
        assertThatThrownBy(() -> kb.inTransaction(s -> {
                    s.usage().unlink(article, caseId);
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNamedVotersSecondVoteReplacesTheFirstWhileAnonymousVotesEachCount() {
        long article = kb.inTransaction(s -> Articles.published(s, "Reset your password", "Self-service", null));

        kb.inTransaction(s -> s.usage().vote(article, true, Optional.of("ana")));
        kb.inTransaction(s -> s.usage().vote(article, false, Optional.of(" ana ")));
        kb.inTransaction(s -> s.usage().vote(article, true, Optional.empty()));
        kb.inTransaction(s -> s.usage().vote(article, true, Optional.of("")));

        assertThat(counts(article).helpfulVotes()).isEqualTo(new Share(2, 3));
    }

    @Test
    void aViewFromASearchCountsAsItsClickAndAnUnknownSearchIsRefused() {
        long article = kb.inTransaction(s -> Articles.published(s, "Reset your password", "Self-service", null));
        long search = kb.inTransaction(s -> s.usage()
                .recordSearch("reset password", "password reset", Optional.empty(), Readers.AGENTS, 1)
                .id());

        kb.inTransaction(s -> {
            s.usage().view(article, Optional.of(search));
            s.usage().view(article, Optional.empty());
            return null;
        });

        assertThat(counts(article).views()).isEqualTo(2);
        assertThatThrownBy(() -> kb.inTransaction(s -> {
                    s.usage().view(article, Optional.of(search + 1000));
                    return null;
                }))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("searchId");
    }

    private ArticleEffectiveness counts(long article) {
        return kb.inTransaction(s -> s.effectiveness().of(article));
    }
}
