package org.frontline.web.quality;

import org.frontline.qualityaudit.ledger.LedgerCheck;

/** The hash chain verified: whether it is intact, how many entries were checked, and the first broken link. */
public record LedgerResponse(boolean intact, long entries, BrokenLink firstBroken) {

    /** Where the chain breaks: the entry's position, what it records, and what is wrong. */
    public record BrokenLink(long position, String kind, long recordId, String reason) {}

    static LedgerResponse from(LedgerCheck check) {
        return new LedgerResponse(
                check.intact(),
                check.entries(),
                check.firstBroken()
                        .map(b -> new BrokenLink(b.position(), b.kind().name(), b.recordId(), b.reason()))
                        .orElse(null));
    }
}
