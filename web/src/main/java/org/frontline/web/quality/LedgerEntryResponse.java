package org.frontline.web.quality;

import org.frontline.qualityaudit.ledger.LedgerEntry;

/** One entry of the hash chain: a record's receipt, with the text that was hashed. */
public record LedgerEntryResponse(
        long position,
        String kind,
        long recordId,
        String recordedAt,
        String previousHash,
        String hash,
        String payload) {

    static LedgerEntryResponse from(LedgerEntry e) {
        return new LedgerEntryResponse(
                e.position(),
                e.kind().name(),
                e.recordId(),
                e.recordedAt().toString(),
                e.previousHash(),
                e.hash(),
                e.payload());
    }
}
