package org.frontline.kb.domain.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds articles and their versions. */
public interface ArticleRepository {

    Optional<Article> findById(long id);

    /** These articles in one read, in the order of the ids given; ids of no article are left out. */
    List<Article> findAll(List<Long> ids);

    /** Of these articles, the published ones, by id. */
    List<Long> publishedAmong(Collection<Long> ids);

    /** Articles matching the filter, most recently updated first. */
    Page<Article> list(ArticleFilter filter, PageRequest request);

    /** The original {@code originalId} and its translations, by id. */
    List<Article> languageGroup(long originalId);

    Article add(Article article);

    void addVersion(ArticleVersion version);

    /** The article's revisions, newest first. */
    Page<ArticleVersion> versions(long articleId, PageRequest request);

    Optional<ArticleVersion> version(long articleId, int revision);

    void flush();
}
