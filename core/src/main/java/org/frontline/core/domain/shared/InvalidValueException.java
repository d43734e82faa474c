package org.frontline.core.domain.shared;

import java.util.Objects;

/** A value that breaks a business rule, naming the field it came from so the person who sent it can correct it. */
public class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}
