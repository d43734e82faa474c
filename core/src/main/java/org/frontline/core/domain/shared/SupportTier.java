package org.frontline.core.domain.shared;

/** The support level that handles a case: L1 answers most, L2 troubleshoots, L3 holds the deepest expertise. */
public enum SupportTier {
    L1,
    L2,
    L3;

    /** The tier a case escalates to, or empty at the top. */
    public java.util.Optional<SupportTier> next() {
        return ordinal() + 1 < values().length
                ? java.util.Optional.of(values()[ordinal() + 1])
                : java.util.Optional.empty();
    }
}
