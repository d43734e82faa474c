package org.frontline.kb.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.kb.Articles;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticleTranslationsTest {
    private final KnowledgeBase kb = new KnowledgeBase(new TestClock(Instant.parse("2026-12-02T09:00:00Z")));

    @AfterEach
    void close() {
        kb.close();
    }

    private static ArticleContent in(ArticleLanguage language, String title) {
        return new ArticleContent(
                title, "", title + ".", BodyFormat.MARKDOWN, Set.of(), "portal", "howto", language, Audience.PUBLIC);
    }

    private long translate(long of, ArticleLanguage language, String title) {
        return kb.inTransaction(s -> s.articles()
                .translate(of, in(language, title), null, null, "lea", "translated")
                .id());
    }

    @Test
    void aTranslationJoinsItsOriginalsGroupEvenWhenMadeFromAnotherTranslation() {
        long original = kb.inTransaction(s -> Articles.published(s, "Reset your password", "How", null));
        long french = translate(original, ArticleLanguage.FR, "Réinitialiser votre mot de passe");
        long german = translate(french, ArticleLanguage.DE, "Passwort zurücksetzen");

        kb.inTransaction(s -> {
            Article fromFrench = s.articles().get(german);
            assertThat(fromFrench.translationOf()).contains(original);
            assertThat(fromFrench.status()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(s.articles().translations(original))
                    .extracting(Article::id)
                    .containsExactly(french, german);
            assertThat(s.articles().translations(german))
                    .extracting(Article::id)
                    .containsExactly(original, french);
            assertThat(s.articles().get(original).translationOf()).isEmpty();
            return null;
        });
    }

    @Test
    void aGroupHasOneArticlePerLanguage() {
        long original = kb.inTransaction(s -> Articles.published(s, "Reset your password", "How", null));
        long french = translate(original, ArticleLanguage.FR, "Réinitialiser votre mot de passe");

        assertThatThrownBy(() -> translate(french, ArticleLanguage.FR, "Encore"))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("a version of article " + original + " with language 'fr' already exists");
        assertThatThrownBy(() -> translate(original, ArticleLanguage.EN, "Again"))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> kb.inTransaction(s -> {
                    Article article = s.articles().get(french);
                    return s.articles()
                            .edit(
                                    french,
                                    article.version(),
                                    in(ArticleLanguage.EN, "Now English"),
                                    null,
                                    null,
                                    "lea",
                                    "moved");
                }))
                .as("an edit cannot move a translation onto a language its group has")
                .isInstanceOf(DuplicateException.class);
        kb.inTransaction(s -> {
            Article article = s.articles().get(french);
            return s.articles()
                    .edit(
                            french,
                            article.version(),
                            in(ArticleLanguage.FR, "Réinitialiser le mot de passe"),
                            null,
                            null,
                            "lea",
                            "wording");
        });
        List<Long> group = kb.inTransaction(s ->
                s.articles().translations(original).stream().map(Article::id).toList());
        assertThat(group).as("nothing made by the refused translations").containsExactly(french);
    }
}
