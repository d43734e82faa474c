package org.frontline.core.domain.shared;

/**
 * Signals that a writer based its change on a version somebody else has since replaced, so the
 * change would silently lose their update.
 */
public class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String kind, Object id, long expectedVersion, long currentVersion) {
        super(kind
                + " "
                + id
                + " was changed by someone else: you sent version "
                + expectedVersion
                + " but the current version is "
                + currentVersion
                + "; reload it and apply your change again");
    }

    /** Throws unless the caller's version is the current one. */
    public static void requireCurrent(String kind, Object id, long expectedVersion, long currentVersion) {
        if (expectedVersion != currentVersion) {
            throw new StaleVersionException(kind, id, expectedVersion, currentVersion);
        }
    }
}
