package org.frontline.kb.domain.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;

/**
 * Writes, publishes and archives articles, keeping every revision with who saved it and why. A change names the
 * version the author last saw; if someone else saved since, it is refused rather than overwriting their work.
 */
public class ArticleService {
    private static final String KIND = "article";

    private final ArticleRepository articles;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, Clock clock) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new draft owned by {@code owner} (the editor when not given). */
    public Article write(ArticleContent content, String owner, LocalDate reviewBy, String editor, String note) {
        return add(new Article(content, ownerOr(owner, editor), reviewBy, now()), editor, note);
    }

    /**
     * A new draft translating article {@code originalId} (or, when that is itself a translation, its original) into
     * the content's language, which no article of that group may have yet.
     */
    public Article translate(
            long originalId, ArticleContent content, String owner, LocalDate reviewBy, String editor, String note) {
        long original = get(originalId).original();
        requireLanguageFree(original, content.language(), null);
        return add(new Article(content, ownerOr(owner, editor), reviewBy, now(), original), editor, note);
    }

    /** Stores a new article with its first version in the history. */
    private Article add(Article article, String editor, String note) {
        Article added = articles.add(article);
        articles.flush();
        articles.addVersion(added.snapshot(editor, note));
        return added;
    }

    /** The other articles of this article's language group (its original and translations), by id. */
    public List<Article> translations(long id) {
        Article article = get(id);
        return articles.languageGroup(article.original()).stream()
                .filter(a -> a.id() != id)
                .toList();
    }

    private void requireLanguageFree(long original, ArticleLanguage language, Long except) {
        articles.languageGroup(original).stream()
                .filter(a -> a.language() == language && !a.id().equals(except))
                .findFirst()
                .ifPresent(a -> {
                    throw new DuplicateException("version of article " + original, "language", language.code());
                });
    }

    /** Saves new content as the next revision. */
    public Article edit(
            long id,
            long expectedVersion,
            ArticleContent content,
            String owner,
            LocalDate reviewBy,
            String editor,
            String note) {
        Article article = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, article.version());
        if (content.language() != article.language()) {
            requireLanguageFree(article.original(), content.language(), id);
        }
        article.edit(content, ownerOr(owner, article.owner()), reviewBy, now());
        articles.addVersion(article.snapshot(editor, note));
        articles.flush();
        return article;
    }

    public Article publish(long id, Optional<Long> expectedVersion) {
        Article article = current(id, expectedVersion);
        article.publish(now());
        articles.flush();
        return article;
    }

    public Article archive(long id, Optional<Long> expectedVersion) {
        Article article = current(id, expectedVersion);
        article.archive(now());
        articles.flush();
        return article;
    }

    public Article get(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<Article> list(ArticleFilter filter, PageRequest request) {
        return articles.list(filter, request);
    }

    public Page<ArticleVersion> versions(long id, PageRequest request) {
        get(id);
        return articles.versions(id, request);
    }

    public ArticleVersion version(long id, int revision) {
        get(id);
        return articles.version(id, revision)
                .orElseThrow(() -> new NotFoundException("revision of article " + id, revision));
    }

    /** What changed from one revision to another (either order; the older comes first). */
    public ArticleDiff diff(long id, int from, int to) {
        if (from == to) {
            throw new InvalidValueException("to", "compare two different revisions, got " + from + " twice");
        }
        ArticleVersion a = version(id, Math.min(from, to));
        ArticleVersion b = version(id, Math.max(from, to));
        return ArticleDiff.between(a, b);
    }

    private Article current(long id, Optional<Long> expectedVersion) {
        Article article = get(id);
        expectedVersion.ifPresent(v -> StaleVersionException.requireCurrent(KIND, id, v, article.version()));
        return article;
    }

    private static String ownerOr(String owner, String fallback) {
        return owner == null || owner.isBlank() ? fallback : owner;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
