package org.frontline.web.kb;

import java.time.Instant;
import java.util.List;
import org.frontline.kb.domain.article.ArticleVersion;

/** One revision of an article: who saved it, when and why, and the content as it was. */
public record ArticleVersionResponse(
        int revision,
        String editedBy,
        Instant editedAt,
        String note,
        String title,
        String summary,
        String body,
        String bodyFormat,
        List<String> tags,
        String product,
        String category,
        String language,
        String audience) {

    static ArticleVersionResponse from(ArticleVersion v) {
        return new ArticleVersionResponse(
                v.revision(),
                v.editedBy(),
                v.editedAt(),
                v.note(),
                v.title(),
                v.summary(),
                v.body(),
                v.bodyFormat().name(),
                v.tags(),
                v.product(),
                v.category(),
                v.language().code(),
                v.audience().name());
    }
}
