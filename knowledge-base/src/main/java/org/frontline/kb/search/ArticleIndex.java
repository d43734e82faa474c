package org.frontline.kb.search;

import org.frontline.kb.domain.article.ArticleLanguage;

/** The names of the article index's fields, shared by the mapping and the queries. */
final class ArticleIndex {
    private ArticleIndex() {}

    static final String ID = "article_id";
    static final String SPELLING = "spelling";
    static final String TITLE_PREFIXES = "title_prefixes";
    static final String TITLE_DISPLAY = "title_display";
    static final String SUMMARY_DISPLAY = "summary_display";
    static final String LANGUAGE = "language";
    static final String PRODUCT = "product";
    static final String CATEGORY = "category";
    static final String TAGS = "tags";
    static final String TAGS_TEXT = "tags_text";
    static final String AUDIENCE = "audience";
    static final String STATUS = "status";
    static final String UPDATED_AT = "updated_at";

    static String title(ArticleLanguage language) {
        return "title_" + language.code();
    }

    static String summary(ArticleLanguage language) {
        return "summary_" + language.code();
    }

    static String body(ArticleLanguage language) {
        return "body_" + language.code();
    }
}
