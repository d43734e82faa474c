package org.frontline.qualityaudit.ledger;

import java.util.Optional;

/**
 * The outcome of verifying the chain: how many entries were checked and the first broken link, if any, with its
 * position and what is wrong there.
 */
public record LedgerCheck(long entries, Optional<Broken> firstBroken) {

    /** Where the chain breaks and why. */
    public record Broken(long position, LedgerKind kind, long recordId, String reason) {}

    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
