package org.frontline.web.platform;

import org.frontline.core.domain.shared.PageRequest;
import org.frontline.web.error.InvalidFieldException;

/**
 * Reads {@code ?page=&size=} as text, so a malformed value is a 400 naming the parameter rather
 * than the 404 JAX-RS gives for an unconvertible query parameter.
 */
public final class PageParameters {
    public static final int DEFAULT_SIZE = 20;

    private PageParameters() {}

    public static PageRequest parse(String page, String size) {
        int pageNumber = parseInt("page", page, 0);
        int pageSize = parseInt("size", size, DEFAULT_SIZE);
        if (pageNumber < 0) {
            throw new InvalidFieldException("page", "must be 0 or more, got " + pageNumber);
        }
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw new InvalidFieldException(
                    "size", "must be between 1 and " + PageRequest.MAX_SIZE + ", got " + pageSize);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int parseInt(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, "must be a whole number, got '" + value + "'");
        }
    }
}
