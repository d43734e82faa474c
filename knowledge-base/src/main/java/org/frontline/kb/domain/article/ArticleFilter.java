package org.frontline.kb.domain.article;

import java.util.Optional;

/** Which articles to list (by database, not relevance); every criterion given must hold. */
public record ArticleFilter(
        Optional<ArticleStatus> status,
        Optional<ArticleLanguage> language,
        Optional<Audience> audience,
        Optional<String> product,
        Optional<String> owner) {}
