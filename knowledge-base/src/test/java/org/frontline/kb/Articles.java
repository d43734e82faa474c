package org.frontline.kb;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.frontline.kb.domain.article.ArticleContent;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.Audience;
import org.frontline.kb.domain.article.BodyFormat;

/** Small published articles for the knowledge base's tests. */
public final class Articles {
    private Articles() {}

    /** A published English article with this title and summary, due for review on {@code reviewBy} (may be null). */
    public static long published(KnowledgeBase.Services s, String title, String summary, LocalDate reviewBy) {
        ArticleContent content = new ArticleContent(
                title,
                summary,
                summary + ".",
                BodyFormat.MARKDOWN,
                Set.of("test"),
                "portal",
                "howto",
                ArticleLanguage.EN,
                Audience.PUBLIC);
        long id = s.articles().write(content, "kim", reviewBy, "kim", "first").id();
        s.articles().publish(id, Optional.empty());
        return id;
    }
}
