package org.frontline.web.kb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleBodies;

/**
 * An article as the API returns it; {@code bodyHtml} is the body rendered as safe HTML, {@code translationOf} the
 * original it translates (none for an original).
 */
public record ArticleResponse(
        long id,
        long version,
        int revision,
        String title,
        String summary,
        String body,
        String bodyFormat,
        String bodyHtml,
        List<String> tags,
        String product,
        String category,
        String language,
        String audience,
        String status,
        String owner,
        LocalDate reviewBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Long translationOf) {

    static ArticleResponse from(Article a) {
        return new ArticleResponse(
                a.id(),
                a.version(),
                a.revision(),
                a.title(),
                a.summary(),
                a.body(),
                a.bodyFormat().name(),
                ArticleBodies.html(a.bodyFormat(), a.body()),
                a.tags().stream().sorted().toList(),
                a.product(),
                a.category(),
                a.language().code(),
                a.audience().name(),
                a.status().name(),
                a.owner(),
                a.reviewBy().orElse(null),
                a.createdAt(),
                a.updatedAt(),
                a.publishedAt().orElse(null),
                a.translationOf().orElse(null));
    }
}
