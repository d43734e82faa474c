package org.frontline.core.domain.shared;

/** Root of the expected business outcomes the domain reports, so callers can map them in one place. */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
