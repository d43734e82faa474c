package org.frontline.web.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.PageRequest;

/**
 * Reads query parameters and enum-valued fields from text, so a malformed value is a 400 naming the field and what
 * it accepts, rather than the 404 JAX-RS gives for an unconvertible query parameter.
 */
public final class RequestParameters {
    public static final int DEFAULT_PAGE_SIZE = 20;

    private RequestParameters() {}

    /** {@code ?page=&size=}: zero-based page, 1 to 100 items, defaults 0 and 20. */
    public static PageRequest page(String page, String size) {
        int pageNumber = integer("page", page).orElse(0);
        int pageSize = integer("size", size).orElse(DEFAULT_PAGE_SIZE);
        if (pageNumber < 0) {
            throw new InvalidValueException("page", "must be 0 or more, got " + pageNumber);
        }
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw new InvalidValueException(
                    "size", "must be between 1 and " + PageRequest.MAX_SIZE + ", got " + pageSize);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    public static Optional<Integer> integer(String field, String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number, got '" + value + "'");
        }
    }

    public static Optional<Long> id(String field, String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be an id (a whole number), got '" + value + "'");
        }
    }

    /** An enum constant by name, in any case; the error lists the accepted names. */
    public static <E extends Enum<E>> Optional<E> enumeration(String field, String value, Class<E> type) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A decimal number such as 0.8 or 20. */
    public static Optional<Double> decimal(String field, String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        if (!Double.isFinite(number)) {
            throw new InvalidValueException(field, "must be a number such as 0.8 or 20, got '" + value + "'");
        }
        return Optional.of(number);
    }

    /** A calendar date such as 2026-11-30. */
    public static Optional<LocalDate> date(String field, String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "'" + value + "' is not a date such as 2026-11-30");
        }
    }

    /** A time zone such as Europe/Paris or UTC. */
    public static Optional<ZoneId> zone(String field, String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(value.strip()));
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, "'" + value + "' is not a time zone such as Europe/Paris or UTC");
        }
    }

    /** An ISO-8601 instant such as 2026-11-23T09:00:00Z. */
    public static Optional<Instant> instant(String field, String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field, "'" + value + "' is not an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }

    /** How many items to return: {@code fallback} when absent, else 1 to {@code max}. */
    public static int limit(String value, int fallback, int max) {
        int limit = integer("limit", value).orElse(fallback);
        if (limit < 1 || limit > max) {
            throw new InvalidValueException("limit", "must be between 1 and " + max + ", got " + limit);
        }
        return limit;
    }

    /** A free-text filter, stripped; absent when blank. */
    public static Optional<String> text(String value) {
        return isBlank(value) ? Optional.empty() : Optional.of(value.strip());
    }

    /** The version an update is based on, which optimistic locking needs. */
    public static long requiredVersion(Long version) {
        if (version == null) {
            throw new InvalidValueException("version", "is required to update: send the version you last read");
        }
        return version;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
