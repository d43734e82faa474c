package org.frontline.web.kb;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Set;
import org.frontline.kb.domain.article.ArticleContent;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.Audience;
import org.frontline.kb.domain.article.BodyFormat;
import org.frontline.web.platform.RequestParameters;

/**
 * An article as an author sends it: body in MARKDOWN (default) or HTML, language as an ISO code (en, fr, de, es),
 * audience INTERNAL (default) or PUBLIC; {@code note} says why, for the version history.
 */
public record ArticleRequest(
        String title,
        String summary,
        String body,
        String bodyFormat,
        Set<String> tags,
        String product,
        String category,
        String language,
        String audience,
        String owner,
        LocalDate reviewBy,
        String note,
        @PositiveOrZero Long version) {

    ArticleContent content() {
        return new ArticleContent(
                title,
                summary,
                body,
                RequestParameters.enumeration("bodyFormat", bodyFormat, BodyFormat.class)
                        .orElse(BodyFormat.MARKDOWN),
                tags,
                product,
                category,
                ArticleLanguage.ofCode("language", language == null ? "en" : language),
                RequestParameters.enumeration("audience", audience, Audience.class)
                        .orElse(Audience.INTERNAL));
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}
