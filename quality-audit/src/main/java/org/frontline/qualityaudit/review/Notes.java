package org.frontline.qualityaudit.review;

import org.frontline.core.domain.shared.InvalidValueException;

/**
 * The rule for QA's free-text notes (dispute comments, coaching notes, observations, session notes): present when
 * required, stripped, at most {@value ReviewRating#MAX_COMMENT} characters.
 */
public final class Notes {
    private Notes() {}

    public static String required(String field, String text) {
        return required(field, text, "");
    }

    /** @param hint what the note should say, for the error when it is missing */
    public static String required(String field, String text, String hint) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required" + (hint.isEmpty() ? "" : ": " + hint));
        }
        return optional(field, text);
    }

    public static String optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > ReviewRating.MAX_COMMENT) {
            throw new InvalidValueException(field, "may be at most " + ReviewRating.MAX_COMMENT + " characters");
        }
        return stripped;
    }
}
