package org.frontline.core.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.frontline.core.domain.shared.InvalidValueException;

/** A language an agent can serve customers in (ISO 639 code such as "en" or "es"), at a proficiency from 1 to 5. */
@Embeddable
public record LanguageSkill(
        @Column(name = "language", length = 8) String language,
        @Column(name = "proficiency") int proficiency) {
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    public LanguageSkill {
        language = code("languages", language);
        Proficiency.require("languages", "language '" + language + "'", proficiency);
    }

    /** The ISO 639 code of a language tag ("ES" and "es-MX" give "es"), or a complaint about {@code field}. */
    public static String code(String field, String language) {
        Objects.requireNonNull(language, field);
        String code = Locale.forLanguageTag(language.strip()).getLanguage();
        if (!ISO_LANGUAGES.contains(code)) {
            throw new InvalidValueException(
                    field, "'" + language + "' is not an ISO 639 language code such as en or es");
        }
        return code;
    }
}
