package org.frontline.kb.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.frontline.core.domain.shared.InvalidValueException;

/** One saved revision of an article, as it was: who saved it, when, why, and the whole content then. */
@Entity
@Table(name = "article_version")
public class ArticleVersion {
    private static final String TAG_SEPARATOR = ",";
    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_version_seq")
    @SequenceGenerator(name = "article_version_seq", sequenceName = "article_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = ArticleContent.MAX_TITLE)
    private String title;

    @Column(nullable = false, length = ArticleContent.MAX_SUMMARY)
    private String summary;

    @Column(nullable = false, length = ArticleContent.MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_format", nullable = false, length = 8)
    private BodyFormat bodyFormat;

    /** Sorted, comma-separated: tags never contain commas. */
    @Column(nullable = false, length = 1100)
    private String tags;

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

    @Column(name = "edited_by", nullable = false, length = ArticleContent.MAX_NAME)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(nullable = false, length = MAX_NOTE)
    private String note;

    /** For Jakarta Persistence only. */
    protected ArticleVersion() {}

    ArticleVersion(Article article, String editor, String note) {
        this.articleId = article.id();
        this.revision = article.revision();
        this.title = article.title();
        this.summary = article.summary();
        this.body = article.body();
        this.bodyFormat = article.bodyFormat();
        this.tags = String.join(TAG_SEPARATOR, article.tags().stream().sorted().toList());
        this.product = article.product();
        this.category = article.category();
        this.language = article.language();
        this.audience = article.audience();
        this.editedBy = editor;
        this.editedAt = article.updatedAt();
        String why = note == null ? "" : note.strip();
        if (why.length() > MAX_NOTE) {
            throw new InvalidValueException("note", "must be at most " + MAX_NOTE + " characters, got " + why.length());
        }
        this.note = why;
    }

    public long articleId() {
        return articleId;
    }

    public int revision() {
        return revision;
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

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR));
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

    public String editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String note() {
        return note;
    }
}
