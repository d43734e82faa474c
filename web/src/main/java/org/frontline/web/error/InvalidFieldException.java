package org.frontline.web.error;

import java.util.Objects;

/** A request field whose value the API cannot accept, named so the client can correct it. */
public class InvalidFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}
