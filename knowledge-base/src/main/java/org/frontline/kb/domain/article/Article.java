package org.frontline.kb.domain.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A knowledge-base article: its current content, who owns it, when it is due for review, and where it is in its life.
 * Every saved change makes a new numbered revision, kept as an {@link ArticleVersion}.
 */
@Entity
@Table(name = "article")
public class Article {
    private static final String KIND = "article";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = ArticleContent.MAX_TITLE)
    private String title;

    @Column(nullable = false, length = ArticleContent.MAX_SUMMARY)
    private String summary;

    @Column(nullable = false, length = ArticleContent.MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_format", nullable = false, length = 8)
    private BodyFormat bodyFormat;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag", nullable = false, length = ArticleContent.MAX_TAG)
    private Set<String> tags = new HashSet<>();

    @Column(nullable = false, length = ArticleContent.MAX_NAME)
    private String product;

    @Column(nullable = false, length = ArticleContent.MAX_NAME)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private ArticleLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private ArticleStatus status;

    @Column(nullable = false, length = ArticleContent.MAX_NAME)
    private String owner;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The original this article translates; null for an original. */
    @Column(name = "translation_of", updatable = false)
    private Long translationOf;

    /** For Jakarta Persistence only. */
    protected Article() {}

    /** A new DRAFT at revision 1. */
    public Article(ArticleContent content, String owner, LocalDate reviewBy, Instant now) {
        this(content, owner, reviewBy, now, null);
    }

    /** A new DRAFT at revision 1 translating the original {@code translationOf} (null for an original). */
    public Article(ArticleContent content, String owner, LocalDate reviewBy, Instant now, Long translationOf) {
        this.translationOf = translationOf;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.revision = 1;
        assign(content, owner, reviewBy, now);
    }

    /** Saves new content as the next revision; an archived article must be published again before it changes. */
    public void edit(ArticleContent content, String owner, LocalDate reviewBy, Instant now) {
        if (status == ArticleStatus.ARCHIVED) {
            throw refused("edit", "an ARCHIVED article is history; publish it again first");
        }
        revision++;
        assign(content, owner, reviewBy, now);
    }

    private void assign(ArticleContent content, String owner, LocalDate reviewBy, Instant now) {
        Objects.requireNonNull(content, "content");
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.bodyFormat = content.format();
        this.tags = new HashSet<>(content.tags());
        this.product = content.product();
        this.category = content.category();
        this.language = content.language();
        this.audience = content.audience();
        String who = owner == null ? "" : owner.strip();
        if (who.isEmpty() || who.length() > ArticleContent.MAX_NAME) {
            throw new InvalidValueException("owner", "is required, at most " + ArticleContent.MAX_NAME + " characters");
        }
        this.owner = who;
        this.reviewBy = reviewBy;
        this.updatedAt = now;
    }

    /** Makes the article visible to its audience. */
    public void publish(Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw refused("publish", "it is already PUBLISHED");
        }
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** Withdraws the article from readers, keeping it and its history. */
    public void archive(Instant now) {
        if (status == ArticleStatus.ARCHIVED) {
            throw refused("archive", "it is already ARCHIVED");
        }
        this.status = ArticleStatus.ARCHIVED;
        this.updatedAt = now;
    }

    /** The current content as the revision it is, for the version history. */
    public ArticleVersion snapshot(String editor, String note) {
        return new ArticleVersion(this, editor, note);
    }

    private InvalidTransitionException refused(String action, String rule) {
        return new InvalidTransitionException(KIND, id, status, action, rule);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public BodyFormat bodyFormat() {
        return bodyFormat;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public String product() {
        return product;
    }

    public String category() {
        return category;
    }

    public ArticleLanguage language() {
        return language;
    }

    public Audience audience() {
        return audience;
    }

    public ArticleStatus status() {
        return status;
    }

    public String owner() {
        return owner;
    }

    public Optional<LocalDate> reviewBy() {
        return Optional.ofNullable(reviewBy);
    }

    /** The number of the current revision, from 1. */
    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** The original this article translates, or empty for an original. */
    public Optional<Long> translationOf() {
        return Optional.ofNullable(translationOf);
    }

    /** The id of the original of this article's language group: its own id for an original. */
    public long original() {
        return translationOf == null ? id : translationOf;
    }
}
