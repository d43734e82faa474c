package org.frontline.kb.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.infrastructure.jpa.JpaRepository;
import org.frontline.core.infrastructure.jpa.QueryConditions;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleFilter;
import org.frontline.kb.domain.article.ArticleRepository;
import org.frontline.kb.domain.article.ArticleStatus;
import org.frontline.kb.domain.article.ArticleVersion;

/** Articles and their versions stored through Jakarta Persistence. */
public class JpaArticleRepository extends JpaRepository<Article> implements ArticleRepository {

    public JpaArticleRepository(EntityManager em) {
        super(em, Article.class);
    }

    @Override
    public Page<Article> list(ArticleFilter filter, PageRequest request) {
        QueryConditions conditions = new QueryConditions()
                .and(filter.status(), "e.status = :status", "status")
                .and(filter.language(), "e.language = :language", "language")
                .and(filter.audience(), "e.audience = :audience", "audience")
                .and(filter.product(), "e.product = :product", "product")
                .and(filter.owner(), "e.owner = :owner", "owner");
        return page(conditions, "e.updatedAt desc, e.id desc", request);
    }

    @Override
    public List<Article> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Long> publishedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a.id from Article a where a.id in :ids and a.status = :published order by a.id",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public List<Article> languageGroup(long originalId) {
        return em.createQuery(
                        "select a from Article a where a.id = :original or a.translationOf = :original order by a.id",
                        Article.class)
                .setParameter("original", originalId)
                .getResultList();
    }

    @Override
    public void addVersion(ArticleVersion version) {
        em.persist(version);
    }

    @Override
    public Page<ArticleVersion> versions(long articleId, PageRequest request) {
        return Page.of(
                em.createQuery(
                                "select v from ArticleVersion v where v.articleId = :article order by v.revision desc",
                                ArticleVersion.class)
                        .setParameter("article", articleId)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList(),
                request,
                em.createQuery("select count(v) from ArticleVersion v where v.articleId = :article", Long.class)
                        .setParameter("article", articleId)
                        .getSingleResult());
    }

    @Override
    public Optional<ArticleVersion> version(long articleId, int revision) {
        return em.createQuery(
                        "select v from ArticleVersion v where v.articleId = :article and v.revision = :revision",
                        ArticleVersion.class)
                .setParameter("article", articleId)
                .setParameter("revision", revision)
                .getResultStream()
                .findFirst();
    }
}
