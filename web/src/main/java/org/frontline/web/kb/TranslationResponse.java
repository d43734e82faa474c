package org.frontline.web.kb;

import org.frontline.kb.domain.article.Article;

/** Another language's version of an article: which article, in what language, and whether agents can read it yet. */
public record TranslationResponse(long id, String language, String title, String status, boolean original) {

    static TranslationResponse from(Article a) {
        return new TranslationResponse(
                a.id(),
                a.language().code(),
                a.title(),
                a.status().name(),
                a.translationOf().isEmpty());
    }
}
