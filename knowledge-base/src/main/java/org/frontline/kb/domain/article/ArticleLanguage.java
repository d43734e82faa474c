package org.frontline.kb.domain.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.InvalidValueException;

/** The languages articles are written in; each is searched with its own stemming and stop words. */
public enum ArticleLanguage {
    EN("en"),
    FR("fr"),
    DE("de"),
    ES("es");

    /** Where an agent's language has no answer, English usually has one. */
    public static final ArticleLanguage FALLBACK = EN;

    private final String code;

    ArticleLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as the API shows it. */
    public String code() {
        return code;
    }

    /** The article language a person reads, if articles are written in it. */
    public static Optional<ArticleLanguage> of(Locale locale) {
        String wanted = locale.getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /** The language of an ISO 639-1 code such as "fr" (any case), or a message listing the ones there are. */
    public static ArticleLanguage ofCode(String field, String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        field,
                        "unknown language '" + value + "'; use one of "
                                + Arrays.stream(values())
                                        .map(ArticleLanguage::code)
                                        .collect(Collectors.joining(", "))));
    }
}
