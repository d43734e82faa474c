package org.frontline.core.domain.shared;

import java.util.Optional;

/** The support level that handles a case: L1 answers most, L2 troubleshoots, L3 holds the deepest expertise. */
public enum SupportTier {
    L1,
    L2,
    L3;

    /** The tier a case escalates to, or empty at the top. */
    public Optional<SupportTier> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The tier below, when there is one. */
    public Optional<SupportTier> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
