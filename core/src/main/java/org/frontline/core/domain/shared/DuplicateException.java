package org.frontline.core.domain.shared;

/** Signals that something with the same unique name already exists. */
public class DuplicateException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DuplicateException(String kind, String field, String value) {
        super("a " + kind + " with " + field + " '" + value + "' already exists");
    }
}
