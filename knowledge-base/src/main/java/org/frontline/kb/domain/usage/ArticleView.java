package org.frontline.kb.domain.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reading of an article; when the reader came from a search, it is that search's click. A row each, so concurrent
 * readers never overwrite one another's count.
 */
@Entity
@Table(name = "article_view")
public class ArticleView {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_view_seq")
    @SequenceGenerator(name = "article_view_seq", sequenceName = "article_view_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "viewed_at", nullable = false)
    private Instant viewedAt;

    @Column(name = "search_id")
    private Long searchId;

    /** For Jakarta Persistence only. */
    protected ArticleView() {}

    public ArticleView(long articleId, Optional<Long> searchId, Instant viewedAt) {
        this.articleId = articleId;
        this.searchId = searchId.orElse(null);
        this.viewedAt = Objects.requireNonNull(viewedAt, "viewedAt");
    }

    public long articleId() {
        return articleId;
    }

    public Optional<Long> searchId() {
        return Optional.ofNullable(searchId);
    }

    public Instant viewedAt() {
        return viewedAt;
    }
}
