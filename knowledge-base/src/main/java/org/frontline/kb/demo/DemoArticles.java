package org.frontline.kb.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.kb.domain.article.ArticleContent;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.Audience;
import org.frontline.kb.domain.article.BodyFormat;

/**
 * The demo knowledge base, read from {@code articles.md} beside this class: hand-written articles plus templates that
 * are written out once per product. Each article has a stable key, which the relevance test set refers to.
 */
public final class DemoArticles {
    private static final String RESOURCE = "articles.md";
    private static final String BLOCK = "=== ";
    private static final String TEMPLATE = "template ";
    private static final String PRODUCT = "{product}";

    private DemoArticles() {}

    /** One article of the corpus and its key, such as {@code password-reset} or {@code factory-reset@router-x2}. */
    public record DemoArticle(String key, ArticleContent content) {}

    public static List<DemoArticle> load() {
        try (InputStream in = DemoArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + DemoArticles.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo articles", e);
        }
    }

    static List<DemoArticle> parse(String text) {
        List<String> products = List.of();
        List<DemoArticle> articles = new ArrayList<>();
        String[] blocks = ("\n" + text).split("\n" + BLOCK);
        for (String line : blocks[0].lines().toList()) {
            if (line.startsWith("products:")) {
                products = Arrays.stream(line.substring("products:".length()).split(","))
                        .map(String::strip)
                        .toList();
            }
        }
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            String name = block.lines().findFirst().orElseThrow().strip();
            String rest = block.substring(block.indexOf('\n') + 1);
            int bodyStart = rest.indexOf("\n\n");
            Map<String, String> headers = headers(rest.substring(0, bodyStart));
            String body = rest.substring(bodyStart + 2).strip();
            if (name.startsWith(TEMPLATE)) {
                String key = name.substring(TEMPLATE.length()).strip();
                for (String product : products) {
                    articles.add(new DemoArticle(key + "@" + slug(product), content(headers, body, product)));
                }
            } else {
                articles.add(new DemoArticle(name, content(headers, body, null)));
            }
        }
        return List.copyOf(articles);
    }

    private static Map<String, String> headers(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.lines().toList()) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return headers;
    }

    private static ArticleContent content(Map<String, String> headers, String body, String product) {
        return new ArticleContent(
                fill(headers.get("title"), product),
                fill(headers.getOrDefault("summary", ""), product),
                fill(body, product),
                BodyFormat.MARKDOWN,
                tags(headers.getOrDefault("tags", "")),
                product == null ? headers.getOrDefault("product", "") : product,
                headers.getOrDefault("category", ""),
                ArticleLanguage.ofCode("language", headers.get("language")),
                Audience.valueOf(headers.getOrDefault("audience", "PUBLIC")));
    }

    private static Set<String> tags(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String fill(String text, String product) {
        return product == null ? text : text.replace(PRODUCT, product);
    }

    private static String slug(String product) {
        return product.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
