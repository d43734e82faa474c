package org.frontline.kb.domain.search;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.ArticleStatus;
import org.frontline.kb.domain.article.Audience;

/**
 * A search as an agent types it: words, "quoted phrases" and -exclusions, narrowed by language, products, tags, status
 * and audience. Blank text lists everything that matches the filters. Queries, pages and page depth are bounded so no
 * search can run for seconds.
 *
 * @param language the reader's language; with no hit there, the search falls back to English
 * @param statuses PUBLISHED unless authors ask for drafts or archived ones
 */
public record ArticleQuery(
        String text,
        Optional<ArticleLanguage> language,
        Set<String> products,
        Set<String> tags,
        Set<ArticleStatus> statuses,
        Optional<Audience> audience,
        Readers readers,
        PageRequest page) {
    public static final int MAX_TEXT = 200;
    public static final int MAX_WORDS = 32;
    public static final int MAX_PAGE_SIZE = 50;
    /** Results beyond this rank are not served: refine the query instead. */
    public static final int MAX_DEPTH = 1000;

    public ArticleQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException(
                    "q", "must be at most " + MAX_TEXT + " characters, got " + text.length() + "; search for less");
        }
        if (!text.isEmpty() && text.split("\\s+").length > MAX_WORDS) {
            throw new InvalidValueException("q", "must be at most " + MAX_WORDS + " words");
        }
        Objects.requireNonNull(language, "language");
        products = Set.copyOf(products);
        tags = Set.copyOf(tags);
        statuses = statuses.isEmpty() ? Set.of(ArticleStatus.PUBLISHED) : Set.copyOf(statuses);
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(readers, "readers");
        Objects.requireNonNull(page, "page");
        if (page.size() > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "must be at most " + MAX_PAGE_SIZE + ", got " + page.size());
        }
        if ((long) page.offset() + page.size() > MAX_DEPTH) {
            throw new InvalidValueException(
                    "page", "only the first " + MAX_DEPTH + " results are served; refine the query instead");
        }
    }

    /** The same search in another language (the English fallback). */
    public ArticleQuery in(ArticleLanguage other) {
        return new ArticleQuery(text, Optional.of(other), products, tags, statuses, audience, readers, page);
    }
}
