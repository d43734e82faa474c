package org.frontline.core.domain.shared;

/** Signals that an entity asked for by its identifier does not exist. */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }
}
