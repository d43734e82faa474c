package org.frontline.qualityaudit.feedback;

import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.review.ReviewRating;

/** The rule for free-text notes: present, stripped, at most {@value ReviewRating#MAX_COMMENT} characters. */
final class Notes {
    private Notes() {}

    static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        return optional(field, text);
    }

    static String optional(String field, String text) {
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
