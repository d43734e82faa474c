package org.frontline.kb.domain.article;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * What an author writes: title, summary, body, tags, product and category, in one language for one audience. Tags are
 * lower-cased; the body is made safe before it is kept.
 */
public record ArticleContent(
        String title,
        String summary,
        String body,
        BodyFormat format,
        Set<String> tags,
        String product,
        String category,
        ArticleLanguage language,
        Audience audience) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_NAME = 100;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");

    public ArticleContent {
        title = required("title", title, MAX_TITLE);
        summary = optional("summary", summary, MAX_SUMMARY);
        format = format == null ? BodyFormat.MARKDOWN : format;
        body = ArticleBodies.storable(format, required("body", body, MAX_BODY));
        tags = tags(tags);
        product = optional("product", product, MAX_NAME);
        category = optional("category", category, MAX_NAME);
        Objects.requireNonNull(language, "language");
        audience = audience == null ? Audience.INTERNAL : audience;
    }

    private static Set<String> tags(Set<String> given) {
        Set<String> tags = new TreeSet<>();
        if (given != null) {
            for (String tag : given) {
                String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
                if (clean.isEmpty()
                        || clean.length() > MAX_TAG
                        || !TAG.matcher(clean).matches()) {
                    throw new InvalidValueException(
                            "tags",
                            "each tag is 1 to " + MAX_TAG
                                    + " letters, digits, spaces, dots, dashes or underscores; got '" + tag + "'");
                }
                tags.add(clean);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidValueException("tags", "at most " + MAX_TAGS + " tags, got " + tags.size());
        }
        return Set.copyOf(tags);
    }

    private static String required(String field, String value, int max) {
        String stripped = optional(field, value, max);
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return stripped;
    }

    private static String optional(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters, got " + stripped.length());
        }
        return stripped;
    }
}
