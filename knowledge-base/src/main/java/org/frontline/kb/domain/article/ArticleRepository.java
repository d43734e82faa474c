package org.frontline.kb.domain.article;

import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds articles and their versions. */
public interface ArticleRepository {

    Optional<Article> findById(long id);

    /** Articles matching the filter, most recently updated first. */
    Page<Article> list(ArticleFilter filter, PageRequest request);

    Article add(Article article);

    void addVersion(ArticleVersion version);

    /** The article's revisions, newest first. */
    Page<ArticleVersion> versions(long articleId, PageRequest request);

    Optional<ArticleVersion> version(long articleId, int revision);

    void flush();
}
