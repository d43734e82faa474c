package org.frontline.web.kb;

import java.util.Optional;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.Readers;
import org.frontline.web.platform.RequestParameters;

/** Reads the knowledge base's own query parameters, turning bad values into 400s that name the parameter. */
final class KbParameters {
    private KbParameters() {}

    static Optional<ArticleLanguage> language(String value) {
        return value == null || value.isBlank()
                ? Optional.empty()
                : Optional.of(ArticleLanguage.ofCode("language", value));
    }

    /** AGENTS unless the caller asks for what a customer would see. */
    static Readers readers(String value) {
        return RequestParameters.enumeration("visibleTo", value, Readers.class).orElse(Readers.AGENTS);
    }
}
