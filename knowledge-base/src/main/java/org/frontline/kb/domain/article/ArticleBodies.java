package org.frontline.kb.domain.article;

import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.frontline.core.domain.shared.InvalidValueException;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Keeps article bodies free of script: HTML is sanitised before it is stored, Markdown that carries script is refused,
 * and Markdown renders with its raw HTML escaped and unsafe link targets removed.
 */
public final class ArticleBodies {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed().addAttributes("code", "class");

    private ArticleBodies() {}

    /** The body as it may be stored: sanitised HTML, or Markdown without script. */
    static String storable(BodyFormat format, String body) {
        return switch (format) {
            case HTML -> Jsoup.clean(body, SAFE);
            case MARKDOWN -> {
                String lower = body.toLowerCase(Locale.ROOT);
                if (lower.contains("<script") || lower.contains("javascript:")) {
                    throw new InvalidValueException(
                            "body", "must not contain scripts (<script> or javascript: links); Markdown is plain text");
                }
                yield body;
            }
        };
    }

    /** The body as safe HTML for display. */
    public static String html(BodyFormat format, String body) {
        return switch (format) {
            case HTML -> body;
            case MARKDOWN -> RENDERER.render(MARKDOWN.parse(body));
        };
    }

    /** The words of the body without markup, for indexing and snippets. */
    public static String text(BodyFormat format, String body) {
        return Jsoup.parse(html(format, body)).text();
    }
}
