package org.frontline.qualityaudit.ledger;

import java.util.Optional;
import java.util.function.Consumer;

/** Where the hash chain is kept. */
public interface LedgerRepository {

    /**
     * Locks the chain against other writers until the transaction ends (across servers too: a row lock on its head),
     * so two appends never take the same position, and gives the last entry; empty while the chain is empty.
     */
    Optional<LedgerEntry> lockedLast();

    void add(LedgerEntry entry);

    /** Hands every entry from this position on to the consumer in position order, without holding them all. */
    void forEachFrom(long position, Consumer<LedgerEntry> consumer);

    Optional<LedgerEntry> at(long position);

    /** The entry that recorded this record, if one did. */
    Optional<LedgerEntry> about(LedgerKind kind, long recordId);
}
