package org.frontline.core.domain.shared;

/**
 * A bounded window onto a list, so no query ever returns an unbounded result.
 *
 * @param page zero-based page number
 * @param size number of items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    /** Index of the first item of this page in the whole list. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
